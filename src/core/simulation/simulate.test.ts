import { describe, expect, it } from 'vitest';
import { validateEvent } from '../events/validate.ts';
import { eventJson } from './event-json.ts';
import { simulateMarketplace, type SimulatedRecord } from './simulate.ts';
import { collect, testOptions } from './testing/dataset.ts';
import { patterns } from './truth.ts';

const tiny = { seed: 3, days: 5, accounts: 300, merchants: 40 };

function lines(records: Iterable<SimulatedRecord>): string[] {
  const out: string[] = [];
  for (const r of records) out.push(r.kind === 'event' ? eventJson(r.event) : `${r.row.entityType},${r.row.entityId},${r.row.label},${r.row.pattern}`);
  return out;
}

describe('simulateMarketplace', () => {
  const data = collect(testOptions);

  it('is deterministic: the same seed gives the same records, another seed does not', () => {
    const a = lines(simulateMarketplace(tiny));
    expect(lines(simulateMarketplace(tiny))).toEqual(a);
    expect(lines(simulateMarketplace({ ...tiny, seed: 4 })).slice(0, 200)).not.toEqual(a.slice(0, 200));
  });

  it('emits only events that pass the contract, in non-decreasing time', () => {
    let previous = '';
    for (const event of data.events) {
      const result = validateEvent(JSON.parse(JSON.stringify(event)));
      if (!result.ok) throw new Error(`${event.type} ${JSON.stringify(result.error)}`);
      expect(event.ts >= previous).toBe(true);
      previous = event.ts;
    }
    expect(new Set(data.events.map((e) => e.id)).size).toBe(data.events.length);
  });

  it('writes the hand-written JSON exactly as JSON.stringify would', () => {
    for (const event of data.events) expect(eventJson(event)).toBe(JSON.stringify(event));
  });

  it('has a truth row for every account, merchant, order and review, and never both genuine and fraud', () => {
    const seen = new Map<string, Set<string>>();
    for (const row of data.truth) {
      expect([...patterns, 'genuine']).toContain(row.pattern);
      expect(row.label).toBe(row.pattern === 'genuine' ? 0 : 1);
      const key = `${row.entityType}:${row.entityId}`;
      const set = seen.get(key) ?? new Set();
      expect(set.has(row.pattern)).toBe(false);
      set.add(row.pattern);
      seen.set(key, set);
    }
    for (const set of seen.values()) if (set.has('genuine')) expect(set.size).toBe(1);
    const has = (type: string, id: string) => seen.has(`${type}:${id}`);
    for (const e of data.of('order.placed')) expect(has('order', e.orderId)).toBe(true);
    for (const e of data.of('review.posted')) expect(has('review', e.reviewId)).toBe(true);
    for (const e of data.of('order.placed')) expect(has('account', e.accountId) && has('merchant', e.merchantId) && has('item', e.itemId)).toBe(true);
    for (const e of data.of('account.login')) expect(has('device', e.deviceId)).toBe(true);
  });

  it('labels every pattern several times with the demo-sized defaults', () => {
    for (const pattern of patterns) {
      const rows = data.truth.filter((r) => r.pattern === pattern);
      expect(rows.length, pattern).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws every id of a kind from one scheme, so ids do not reveal attacks', () => {
    const shape = /^(acc|mer|itm|ord|rev|dev|op)_[0-9a-z]{7}$/;
    for (const row of data.truth) expect(row.entityId).toMatch(shape);
    // Attack accounts are created last; a scrambled id must not give that away through its sort position.
    const accounts = data.truth.filter((r) => r.entityType === 'account').map((r) => r.entityId).sort();
    const fraud = new Set(data.truth.filter((r) => r.entityType === 'account' && r.label === 1).map((r) => r.entityId));
    const ranks = accounts.flatMap((id, i) => (fraud.has(id) ? [i / accounts.length] : []));
    const meanRank = ranks.reduce((a, b) => a + b, 0) / ranks.length;
    expect(meanRank).toBeGreaterThan(0.4);
    expect(meanRank).toBeLessThan(0.6);
    // Nor through their place in the opening snapshot (and so their event ids).
    const snapshot = data.of('entity.attributes').filter((e) => e.entity.type === 'account').map((e) => e.entity.id);
    const positions = snapshot.flatMap((id, i) => (fraud.has(id) ? [i / snapshot.length] : []));
    const meanPosition = positions.reduce((a, b) => a + b, 0) / positions.length;
    expect(meanPosition).toBeGreaterThan(0.4);
    expect(meanPosition).toBeLessThan(0.6);
  });

  it('runs for short and odd-sized worlds without scheduling into the past, and stays within the contract', () => {
    for (const [seed, days, accounts, merchants] of [[21, 1, 200, 30], [22, 2, 250, 31], [23, 9, 220, 35], [24, 4, 600, 30]] as const) {
      let previous = '';
      for (const record of simulateMarketplace({ seed, days, accounts, merchants })) {
        if (record.kind !== 'event') continue;
        expect(record.event.ts >= previous).toBe(true);
        previous = record.event.ts;
        if (!validateEvent(JSON.parse(eventJson(record.event))).ok) throw new Error(`seed ${seed}: ${eventJson(record.event)}`);
      }
    }
  });

  it('writes only genuine rows when attacks are off', () => {
    const records = [...simulateMarketplace({ ...tiny, attacks: [] })];
    const truth = records.flatMap((r) => (r.kind === 'truth' ? [r.row] : []));
    expect(truth.length).toBeGreaterThan(0);
    expect(truth.every((r) => r.label === 0)).toBe(true);
  });

  it('stamps the tenant on every event when one is given', () => {
    const events = [...simulateMarketplace({ ...tiny, days: 1, tenant: 'shop-eu' })].flatMap((r) => (r.kind === 'event' ? [r.event] : []));
    expect(events.every((e) => e.tenant === 'shop-eu')).toBe(true);
    expect(eventJson(events[0]!)).toBe(JSON.stringify(events[0]));
  });
});
