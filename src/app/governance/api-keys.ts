// API keys: created with a secret shown once, stored as a SHA-256 hash, resolved to a principal on each request.
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { HolderKind, Principal, Role } from '../../core/access/principal.ts';
import type { Actor } from '../../core/cases/hash-chain.ts';
import type { ApiKeyRecord } from '../ports.ts';
import { audit, nowIso } from './append-chain.ts';
import type { GovernanceDeps } from './deps.ts';

const KEY_PREFIX = 'sm_';
/** A key's id is 8 random bytes as 16 hex digits, right after the prefix. */
const ID_BYTES = 8;
const KEY_FORMAT = new RegExp(`^${KEY_PREFIX}([0-9a-f]{${ID_BYTES * 2}})_([A-Za-z0-9_-]{43})$`);
/** Where a well-formed key carries its id; cheaper than the full pattern, for a look-up that then compares the whole key. */
const idPart = (presented: string) => presented.slice(KEY_PREFIX.length, KEY_PREFIX.length + ID_BYTES * 2);

const hashSecret = (secret: string) => hash('sha256', secret, 'hex');

/** Stored hashes as bytes, decoded once per record: every /v1 request compares one (the key cache keeps the record). */
const expectedBytes = new WeakMap<ApiKeyRecord, Buffer>();
/** The key last verified against each record, and its principal. */
const verified = new WeakMap<ApiKeyRecord, { readonly presented: Buffer; readonly principal: Principal }>();

export type NewKey = { readonly tenant: string | undefined; readonly roles: readonly Role[]; readonly name: string; readonly kind: HolderKind };

/** The secret has 256 bits of entropy, so a plain SHA-256 (no slow KDF) is enough to make the stored hash useless. */
export async function createApiKey(deps: Pick<GovernanceDeps, 'keys' | 'audit' | 'clock'>, key: NewKey, by: Actor): Promise<{ key: string; record: ApiKeyRecord }> {
  const id = randomBytes(ID_BYTES).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const record: ApiKeyRecord = {
    id, tenant: key.tenant, secretHash: hashSecret(secret), roles: [...new Set(key.roles)], name: key.name, kind: key.kind,
    createdAt: nowIso(deps), createdBy: by.id,
  };
  await deps.keys.create(record);
  await audit(deps, { tenant: key.tenant, actor: by, roles: ['admin'] }, 'key.created', { type: 'api_key', id }, { roles: record.roles, name: key.name });
  return { key: `${KEY_PREFIX}${id}_${secret}`, record };
}

export async function authenticate(deps: Pick<GovernanceDeps, 'keys'>, presented: string): Promise<Principal | undefined> {
  const match = KEY_FORMAT.exec(presented);
  if (!match) return undefined;
  const record = await deps.keys.get(match[1]!);
  if (!record || record.revokedAt) return undefined;
  let expected = expectedBytes.get(record);
  if (!expected) expectedBytes.set(record, (expected = Buffer.from(record.secretHash, 'hex')));
  const actual = hash('sha256', match[2]!, 'buffer');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  const principal: Principal = { keyId: record.id, tenant: record.tenant, roles: record.roles, name: record.name, kind: record.kind };
  verified.set(record, { presented: Buffer.from(presented), principal });
  return principal;
}

/**
 * The principal of a key verified against the very record the key store holds now, with no query, hash or await;
 * undefined otherwise (then authenticate decides). A revoked or expired record leaves the store's cache, and a new
 * record object starts unverified, so this never outlives what authenticate would say. The look-up and the hash were
 * a sixteenth of POST /v1/decide's CPU (bench/realtime).
 */
export function recentlyVerified(deps: Pick<GovernanceDeps, 'keys'>, presented: string): Principal | undefined {
  // The whole string must equal the one verified against the record its id names.
  const record = deps.keys.peek?.(idPart(presented));
  const known = record && !record.revokedAt ? verified.get(record) : undefined;
  if (!known) return undefined;
  const given = Buffer.from(presented);
  return given.length === known.presented.length && timingSafeEqual(given, known.presented) ? known.principal : undefined;
}
