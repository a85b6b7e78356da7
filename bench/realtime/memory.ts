// Memory of window state per million distinct keys, for each kind of state, and proof that it stays bounded as keys churn.
import type { ShoumenEvent } from '../../src/core/events/event.ts';
import { FeatureEngine } from '../../src/core/features/feature-engine.ts';
import { loadRuleSet } from '../../src/core/rules/rule-set.ts';

const gc = (globalThis as { gc?: () => void }).gc;

/** Heap plus typed-array backing stores, after full collections. */
function used(): number {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function engineWith(feature: string | undefined): FeatureEngine {
  const engine = new FeatureEngine();
  if (!feature) return engine;
  const loaded = loadRuleSet(`ruleset bench\n${feature}\n`);
  if (!loaded.ok) throw new Error(loaded.error[0]?.message);
  engine.register(loaded.value.file.features[0]!);
  return engine;
}

const T0 = Date.parse('2026-11-02T00:00:00+08:00');
/** session.view feeds no entity context, so only window state is measured. */
const view = (i: number, key: string): ShoumenEvent => ({
  id: `e${i}`, type: 'session.view', ts: '', sessionId: `s${i}`, accountId: `a${i % 997}`, merchantId: key, itemId: key, dwellSeconds: 30,
});
const placed = (i: number): ShoumenEvent => ({
  id: `e${i}`, type: 'order.placed', ts: '', orderId: `o${i}`, accountId: `a${i % 997}`, merchantId: `m${i % 5_000}`, itemId: `i${i % 50_000}`, quantity: 1, amount: 990,
});

const kinds = {
  'exact count (1h)': 'feature f = count by merchant over 1h on session.view',
  'exact distinct (10m)': 'feature f = distinct(event.accountId) by merchant over 10m on session.view',
  // A device or an IP usually sees one account: here every key sees one value twice.
  'exact distinct (10m), one value per key': 'feature f = distinct(event.merchantId) by item over 10m on session.view',
  'bucketed count (1d)': 'feature f = count by item over 1d on session.view',
  'bucketed distinct (30d)': 'feature f = distinct(event.accountId) by item over 30d on session.view',
  'since last (30d)': 'feature f = since_last by merchant over 30d on session.view',
} as const;

export type KeyMemory = { keys: number; bytesPerKey: number; mbPerMillionKeys: number };
export type MemoryResult = { perKey: Record<keyof typeof kinds, KeyMemory> } & {
  /** Orders remembered to find the buyer and shop of later order events, per million orders (kept 31 days). */
  orderContext: { orders: number; bytesPerOrder: number; mbPerMillionOrders: number };
  bounded: { window: string; distinctKeysSeen: number; keysHeldAtEnd: number; mbHeldAtEnd: number };
};

/** One function call per measurement, so the previous engine is unreachable when the next baseline is taken. */
function perKey(feature: string, keys: number): KeyMemory {
  const engine = engineWith(feature);
  const before = used();
  // Two events per key, a millisecond apart, all inside every window.
  for (let i = 0; i < keys * 2; i += 1) engine.observe(view(i, `k${i >> 1}`), T0 + (i >> 1));
  const bytes = used() - before;
  const held = engine.stats()[0]!.keys;
  return { keys: held, bytesPerKey: Math.round(bytes / held), mbPerMillionKeys: Number(((bytes / held) * 1e6 / 2 ** 20).toFixed(1)) };
}

function orderContext(orders: number): MemoryResult['orderContext'] {
  const engine = engineWith(undefined);
  const before = used();
  for (let i = 0; i < orders; i += 1) engine.observe(placed(i), T0 + i);
  const bytes = used() - before;
  if (engine.context.size !== orders) throw new Error('orders were not all remembered');
  return { orders, bytesPerOrder: Math.round(bytes / orders), mbPerMillionOrders: Number(((bytes / orders) * 1e6 / 2 ** 20).toFixed(1)) };
}

/** Five times as many distinct keys pass through a 10-minute window at 1,000 a second; idle keys are swept as the stream moves on. */
function bounded(keys: number): MemoryResult['bounded'] {
  const engine = engineWith('feature f = count by merchant over 10m on session.view');
  const seen = keys * 5;
  const before = used();
  for (let i = 0; i < seen; i += 1) engine.observe(view(i, `churn${i}`), T0 + i);
  const mb = Number(((used() - before) / 2 ** 20).toFixed(1));
  return { window: '10m', distinctKeysSeen: seen, keysHeldAtEnd: engine.stats()[0]!.keys, mbHeldAtEnd: mb };
}

export function measureMemory(keys = 1_000_000): MemoryResult {
  const perKind = Object.fromEntries(Object.entries(kinds).map(([name, feature]) => [name, perKey(feature, keys)])) as MemoryResult['perKey'];
  return { perKey: perKind, orderContext: orderContext(keys), bounded: bounded(keys) };
}
