import { describe, expect, it } from 'vitest';
import { nextEntry, SYSTEM_ACTOR, type ChainEntry, type EntryDraft } from '../cases/hash-chain.ts';
import { decideAppeal, checkAppeal } from './appeals.ts';
import { foldCredit } from './ledger.ts';
import { DEFAULT_POINT_TABLE as table } from './point-table.ts';
import { brushingLine, inspectionLine } from './pricing.ts';

const person = { type: 'person' as const, id: 'key:gov', name: 'Wang' };
const service = { type: 'service' as const, id: 'key:bot' };

function chainOf(drafts: EntryDraft[]): ChainEntry[] {
  const out: ChainEntry[] = [];
  for (const draft of drafts) out.push(nextEntry('credit:m1', out[out.length - 1], draft));
  return out;
}

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
const empty = foldCredit('m1', [], table, day(0));

describe('merchant credit', () => {
  it('prices brushing by size and doubles a repeat offence within the window', () => {
    expect(brushingLine(table, { id: 'l1', merchantId: 'm1', caseId: 'c1', accounts: 3 }, empty, day(0)).points).toBe(-12);
    expect(brushingLine(table, { id: 'l1', merchantId: 'm1', caseId: 'c1', accounts: 60 }, empty, day(0)).points).toBe(-48);
    const first = brushingLine(table, { id: 'l1', merchantId: 'm1', caseId: 'c1', accounts: 12 }, empty, day(0));
    const ledger = foldCredit('m1', chainOf([{ at: day(0).toISOString(), actor: SYSTEM_ACTOR, type: 'credit.line', payload: first }]), table, day(1));
    const repeat = brushingLine(table, { id: 'l2', merchantId: 'm1', caseId: 'c2', accounts: 12 }, ledger, day(30));
    expect([repeat.points, repeat.reason]).toEqual([-48, 'CONFIRMED_BRUSHING_REPEAT']);
    const hotline = brushingLine(table, { id: 'l3', merchantId: 'm1', caseId: 'c3', accounts: 1, kinds: ['contact_spam'] }, empty, day(0));
    expect([hotline.reason, hotline.messageZh]).toEqual(['CONFIRMED_VIOLATION', expect.stringContaining('站外引流')]);
  });

  it('derives score, tier and penalties from the ledger, and restores deductions over time', () => {
    const lines = [
      brushingLine(table, { id: 'l1', merchantId: 'm1', caseId: 'c1', accounts: 12 }, empty, day(0)),
      inspectionLine(table, { id: 'l2', merchantId: 'm1', inspectionId: 'i1', kind: 'qualification', result: 'fail', inspector: 'cert-co' }),
    ];
    const chain = chainOf(lines.map((payload, i) => ({ at: day(i).toISOString(), actor: SYSTEM_ACTOR, type: 'credit.line', payload })));
    const now = foldCredit('m1', chain, table, day(2));
    expect([now.score, now.tier, now.penalties]).toEqual([56, 'D', ['search_demotion', 'promotion_ban', 'settlement_hold']]);
    const later = foldCredit('m1', chain, table, day(200));
    expect([later.score, later.tier]).toEqual([76, 'B']);
    expect(foldCredit('m1', chain, table, day(400)).score).toBe(100);
  });

  it('shows the reasons of an appealed line and lets only a person re-decide an automated penalty', () => {
    const line = brushingLine(table, { id: 'l1', merchantId: 'm1', caseId: 'c1', accounts: 12 }, empty, day(0));
    const drafts: EntryDraft[] = [{ at: day(0).toISOString(), actor: SYSTEM_ACTOR, type: 'credit.line', payload: line }];
    const before = foldCredit('m1', chainOf(drafts), table, day(1));
    expect(checkAppeal(before, 'nope')).toMatchObject({ ok: false, error: { field: 'lineId' } });
    expect(checkAppeal(before, 'l1').ok).toBe(true);
    drafts.push({ at: day(1).toISOString(), actor: person, type: 'appeal.filed', payload: { appealId: 'ap1', lineId: 'l1', statement: '我们没有刷单' } });
    const pending = foldCredit('m1', chainOf(drafts), table, day(2));
    expect(pending.appeals[0]).toMatchObject({ status: 'pending', reasons: { code: 'CONFIRMED_BRUSHING' } });
    expect(checkAppeal(pending, 'l1')).toMatchObject({ ok: false, error: { conflict: true } });
    expect(decideAppeal(pending, 'ap1', { decision: 'overturned', reason: 'ok' }, service, 'adj')).toMatchObject({ ok: false, error: { field: 'decider' } });
    expect(decideAppeal(pending, 'ap1', { decision: 'reduced', reason: 'ok', points: -30 }, person, 'adj')).toMatchObject({ ok: false, error: { field: 'points' } });
    const ruling = decideAppeal(pending, 'ap1', { decision: 'reduced', reason: '规模较小', points: -10 }, person, 'adj');
    if (!ruling.ok || !ruling.value) throw new Error('expected an adjustment');
    expect(ruling.value).toMatchObject({ points: 14, adjusts: 'l1', source: { type: 'appeal', id: 'ap1' } });
    drafts.push({ at: day(3).toISOString(), actor: person, type: 'appeal.decided', payload: { appealId: 'ap1', decision: 'reduced', reason: '规模较小', points: -10, adjustment: ruling.value } });
    const after = foldCredit('m1', chainOf(drafts), table, day(4));
    expect([after.score, after.appeals[0]!.status, after.appeals[0]!.decision?.byType]).toEqual([90, 'reduced', 'person']);
    expect(decideAppeal(after, 'ap1', { decision: 'upheld', reason: 'again' }, person, 'adj2')).toMatchObject({ ok: false, error: { conflict: true } });
  });
});
