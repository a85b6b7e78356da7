import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../events/event.ts';
import { neededForRestore } from '../features/feature-engine.ts';
import { simulateEvents } from '../simulation/index.ts';
import { Decider, type DecisionDraft } from './decider.ts';
import { loadRuleSet, type RuleSet } from './rule-set.ts';

function defaultPack(): RuleSet {
  const loaded = loadRuleSet(readFileSync(new URL('./packs/default.rules', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value;
}

describe('decider', () => {
  const ruleSet = defaultPack();
  const published = { ruleSet, label: { name: 'default', version: 1 } };
  // 45 simulated days, restarting after day 38: longer than the replay look-back, so the restart really drops old history.
  const events: { event: ShoumenEvent; ts: number }[] = [...simulateEvents({ seed: 5, days: 45, accounts: 300, merchants: 30 })].map((event) => ({ event, ts: Date.parse(event.ts) }));

  it('decides the same with or without a restart in the middle, rebuilding state from recent events only', () => {
    const straight = new Decider({ published });
    const all = events.map(({ event, ts }) => straight.decide(event, ts));
    const half = events.findIndex((e) => e.ts >= events[0]!.ts + 38 * 86_400_000);
    const latest = Math.max(...events.slice(0, half).map((e) => e.ts));
    const restarted = new Decider({ published });
    let replayed = 0;
    for (const { event, ts } of events.slice(0, half)) {
      if (!neededForRestore(event.type, ts, latest)) continue;
      restarted.observe(event, ts);
      replayed += 1;
    }
    expect(replayed).toBeLessThan(half);
    const after: DecisionDraft[] = events.slice(half).map(({ event, ts }) => restarted.decide(event, ts));
    expect(after).toEqual(all.slice(half));
    expect(after.filter((d) => d.outcome !== 'allow').length).toBeGreaterThan(0);
  });

  it('runs a shadow draft beside the published set without changing the published outcome', () => {
    const stricter = loadRuleSet(ruleSet.source.replace('feature.device_accounts_10m >= 5', 'feature.device_accounts_10m >= 2'));
    if (!stricter.ok) throw new Error('draft did not load');
    const plain = new Decider({ published });
    const shadowed = new Decider({ published, shadow: { ruleSet: stricter.value, label: { name: 'default', version: 2 } } });
    let shadowDiffers = 0;
    for (const { event, ts } of events.slice(0, 20_000)) {
      const a = plain.decide(event, ts);
      const { shadow, ...b } = shadowed.decide(event, ts);
      expect(b).toEqual(a);
      if (shadow && shadow.outcome !== a.outcome) shadowDiffers += 1;
    }
    expect(shadowDiffers).toBeGreaterThan(0);
  });

  it('names the shop and order to hold when a hold rule fires', () => {
    const decider = new Decider({ published });
    const at = (minutes: number) => ({ ts: `2026-11-02T10:${String(minutes).padStart(2, '0')}:00+08:00`, ms: Date.parse(`2026-11-02T10:${String(minutes).padStart(2, '0')}:00+08:00`) });
    const steps: ShoumenEvent[] = [
      { id: 'p', type: 'order.placed', ts: at(0).ts, orderId: 'o1', accountId: 'a1', merchantId: 'm1', itemId: 'i1', quantity: 1, amount: 5_000 },
      { id: 'c', type: 'order.price_changed', ts: at(1).ts, orderId: 'o1', merchantId: 'm1', from: 5_000, to: 1 },
      { id: 'y', type: 'order.paid', ts: at(2).ts, orderId: 'o1', paymentInstrumentId: 'pay', amount: 1 },
    ];
    const decisions = steps.map((event) => decider.decide(event, Date.parse(event.ts)));
    expect(decisions.map((d) => d.outcome)).toEqual(['allow', 'review', 'hold_settlement']);
    expect(decisions[2]!.holds).toEqual([{ merchantId: 'm1', orderId: 'o1' }]);
    expect(decisions[2]!.reasons[0]!.message).toBe('Order o1 was paid at 1 fen after 1 token price edit(s); settlement held');
  });

  it('holds the order a cash-back transfer pays for: the one reviewed, not the buyer\'s newest', () => {
    const decider = new Decider({ published });
    const at = (hours: number) => `2026-11-02T${String(hours).padStart(2, '0')}:00:00+08:00`;
    const steps: ShoumenEvent[] = [
      { id: 'l', type: 'entity.linked', ts: at(0), a: { type: 'account', id: 'staff' }, b: { type: 'merchant', id: 'm1' }, relation: 'staff' },
      { id: 'p1', type: 'order.placed', ts: at(1), orderId: 'o1', accountId: 'a1', merchantId: 'm1', itemId: 'i1', quantity: 1, amount: 3_900 },
      { id: 'r1', type: 'review.posted', ts: at(5), reviewId: 'r1', accountId: 'a1', merchantId: 'm1', itemId: 'i1', orderId: 'o1', rating: 5, text: '好评' },
      { id: 'p2', type: 'order.placed', ts: at(6), orderId: 'o2', accountId: 'a1', merchantId: 'm1', itemId: 'i2', quantity: 1, amount: 1_900 },
      { id: 't', type: 'transfer.sent', ts: at(7), from: { type: 'account', id: 'staff' }, toAccountId: 'a1', amount: 500, channel: 'red_packet' },
    ];
    const last = steps.map((event) => decider.decide(event, Date.parse(event.ts))).at(-1)!;
    expect([last.outcome, last.holds]).toEqual(['hold_settlement', [{ merchantId: 'm1', orderId: 'o1' }]]);
  });
});
