// What the evidence table shows of one stored event: its key fields (entity ids as links, money in yuan) and its free text.
import type { ShoumenEvent } from '../../../src/core/events/event.ts';
import type { EntityType } from '../../../src/core/events/primitives.ts';
import { formatMoney } from '../format/format.ts';
import { isEntityType } from '../routing/routes.ts';

export type EventField = { readonly name: string; readonly value: string; readonly entity?: { readonly type: EntityType; readonly id: string } };
export type EventView = { readonly fields: readonly EventField[]; readonly texts: readonly { readonly name: string; readonly value: string }[] };

const ENVELOPE = new Set(['id', 'type', 'ts', 'tenant', 'currency']);
/** Fields written by people, often by the attacker: shown whole, as plain text, apart from the key fields. */
const FREE_TEXT = new Set(['text', 'title', 'description', 'memo', 'notes', 'detail']);
const ENTITY_FIELDS: Record<string, EntityType> = {
  accountId: 'account', toAccountId: 'account', merchantId: 'merchant', itemId: 'item', orderId: 'order',
  reviewId: 'review', deviceId: 'device', ip: 'ip', operatorId: 'operator', approvedBy: 'operator',
};

function isMoney(event: ShoumenEvent, name: string): boolean {
  return name === 'amount' || (event.type === 'order.price_changed' && (name === 'from' || name === 'to'));
}

function entityRef(value: object): { type: EntityType; id: string } | undefined {
  const { type, id } = value as { type?: unknown; id?: unknown };
  return typeof type === 'string' && typeof id === 'string' && isEntityType(type) ? { type, id } : undefined;
}

function plain(value: unknown): string {
  if (Array.isArray(value)) return value.map(plain).join(', ');
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}=${plain(v)}`).join(', ');
  return String(value);
}

export function eventView(event: ShoumenEvent): EventView {
  const fields: EventField[] = [];
  const texts: { name: string; value: string }[] = [];
  const currency = 'currency' in event && typeof event.currency === 'string' ? event.currency : 'CNY';
  for (const [name, value] of Object.entries(event) as [string, unknown][]) {
    if (ENVELOPE.has(name) || value === undefined || value === null) continue;
    if (FREE_TEXT.has(name) && typeof value === 'string') {
      texts.push({ name, value });
    } else if (typeof value === 'number' && isMoney(event, name)) {
      fields.push({ name, value: formatMoney(value, currency) });
    } else if (typeof value === 'string' && Object.hasOwn(ENTITY_FIELDS, name)) {
      fields.push({ name, value, entity: { type: ENTITY_FIELDS[name]!, id: value } });
    } else if (typeof value === 'object' && !Array.isArray(value) && entityRef(value)) {
      const ref = entityRef(value)!;
      fields.push({ name, value: `${ref.type}:${ref.id}`, entity: ref });
    } else {
      fields.push({ name, value: plain(value) });
    }
  }
  return { fields, texts };
}
