// API keys, the audit log and labels over Kysely: small append-mostly tables with one job each.
import type { Kysely } from 'kysely';
import type { ApiKeyRecord, ApiKeyStore, AuditLog, AuditRecord, Label, LabelStore } from '../../app/ports.ts';
import type { HolderKind, Role } from '../../core/access/principal.ts';
import type { Actor } from '../../core/cases/hash-chain.ts';
import type { EntityType } from '../../core/events/primitives.ts';
import { DEFAULT_TENANT, type Database } from './schema.ts';

const t = (tenant: string | undefined) => tenant ?? DEFAULT_TENANT;
const back = (tenant: string) => (tenant === DEFAULT_TENANT ? undefined : tenant);

type KeyRow = Database['api_keys'];

function keyOf(row: KeyRow): ApiKeyRecord {
  return {
    id: row.id, tenant: back(row.tenant), secretHash: row.secret_hash, roles: JSON.parse(row.roles) as Role[], name: row.name,
    kind: row.kind as HolderKind, createdAt: row.created_at, createdBy: row.created_by, ...(row.revoked_at ? { revokedAt: row.revoked_at } : {}),
  };
}

export function apiKeyRepository(db: Kysely<Database>): ApiKeyStore {
  return {
    async create(k) {
      await db.insertInto('api_keys').values({
        id: k.id, tenant: t(k.tenant), secret_hash: k.secretHash, roles: JSON.stringify(k.roles), name: k.name, kind: k.kind,
        created_at: k.createdAt, created_by: k.createdBy, revoked_at: k.revokedAt ?? null,
      }).execute();
    },
    async get(id) {
      const row = await db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? keyOf(row) : undefined;
    },
    async list(tenant) {
      return (await db.selectFrom('api_keys').selectAll().where('tenant', '=', t(tenant)).orderBy('created_at').orderBy('id').execute()).map(keyOf);
    },
    async revoke(tenant, id, at) {
      const result = await db.updateTable('api_keys').set({ revoked_at: at }).where('tenant', '=', t(tenant)).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}

export function auditRepository(db: Kysely<Database>): AuditLog {
  return {
    async append(r) {
      await db.insertInto('audit_log').values({
        tenant: t(r.tenant), at: r.at, actor: JSON.stringify(r.actor), action: r.action, target_type: r.target.type, target_id: r.target.id,
        detail: r.detail ? JSON.stringify(r.detail) : null,
      }).execute();
    },
    async list(query) {
      let q = db.selectFrom('audit_log').selectAll().where('tenant', '=', t(query.tenant));
      if (query.target) q = q.where('target_type', '=', query.target.type).where('target_id', '=', query.target.id);
      const rows = await q.orderBy('at', 'desc').limit(query.limit).execute();
      return rows.map((r): AuditRecord => ({
        at: r.at, tenant: back(r.tenant), actor: JSON.parse(r.actor) as Actor, action: r.action, target: { type: r.target_type, id: r.target_id },
        ...(r.detail ? { detail: JSON.parse(r.detail) as Record<string, unknown> } : {}),
      }));
    },
  };
}

export function labelRepository(db: Kysely<Database>): LabelStore {
  return {
    async record(labels) {
      if (labels.length === 0) return;
      await db.insertInto('labels').values(labels.map((l) => ({
        tenant: t(l.tenant), entity_type: l.entityType, entity_id: l.entityId, label: l.label, source: l.source, at: l.at,
      }))).execute();
    },
    async list(tenant) {
      const rows = await db.selectFrom('labels').selectAll().where('tenant', '=', t(tenant)).orderBy('at').execute();
      return rows.map((r): Label => ({
        ...(back(r.tenant) ? { tenant: r.tenant } : {}), entityType: r.entity_type as EntityType, entityId: r.entity_id,
        label: r.label === 1 ? 1 : 0, source: r.source, at: r.at,
      }));
    },
  };
}
