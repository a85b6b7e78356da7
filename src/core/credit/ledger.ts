// A merchant's credit ledger folded from its hash chain: lines, score, tier, penalties and appeals, as of a given "now".
import { z } from 'zod';
import type { ChainEntry } from '../cases/hash-chain.ts';
import type { Penalty, PointTable, Tier } from './point-table.ts';
import { DAY_MS } from '../time/units.ts';

export const CreditSource = z.object({ type: z.enum(['case', 'inspection', 'report', 'appeal', 'manual']), id: z.string().min(1) });

export const CreditLine = z.object({
  id: z.string().min(1),
  merchantId: z.string().min(1),
  points: z.int(),
  reason: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  message: z.string().min(1),
  messageZh: z.string().min(1),
  source: CreditSource,
  /** Priced by the point table without a person choosing the number; appeals of these must be re-decided by a person. */
  automated: z.boolean(),
  tableVersion: z.string(),
  restoreAfterDays: z.int().min(1),
  /** The line an appeal decision corrects. */
  adjusts: z.string().optional(),
});
export type CreditLine = z.infer<typeof CreditLine>;

export type LedgerLine = CreditLine & { readonly at: string; readonly seq: number; readonly restoresAt: string; readonly active: boolean };

export const appealDecisions = ['upheld', 'overturned', 'reduced'] as const;
export type AppealDecision = (typeof appealDecisions)[number];

export type Appeal = {
  readonly id: string;
  readonly lineId: string;
  readonly statement: string;
  readonly filedAt: string;
  readonly filedBy: string;
  readonly status: 'pending' | AppealDecision;
  /** Shown to the merchant: why the line was recorded, in both languages. */
  readonly reasons: { code: string; message: string; messageZh: string };
  readonly decision?: { at: string; by: string; byType: string; reason: string; points?: number };
};

export type CreditView = {
  readonly merchantId: string;
  readonly score: number;
  readonly tier: Tier;
  readonly penalties: readonly Penalty[];
  readonly tableVersion: string;
  readonly lines: readonly LedgerLine[];
  readonly appeals: readonly Appeal[];
  readonly head: { seq: number; hash: string };
};

function lineOf(entry: ChainEntry, line: CreditLine, now: number): LedgerLine {
  const restores = Date.parse(entry.at) + line.restoreAfterDays * DAY_MS;
  return { ...line, at: entry.at, seq: entry.seq, restoresAt: new Date(restores).toISOString(), active: now < restores };
}

export function tierOf(score: number, table: PointTable): { tier: Tier; penalties: Penalty[] } {
  const row = table.tiers.find((t) => score >= t.minScore) ?? table.tiers[table.tiers.length - 1]!;
  return { tier: row.tier, penalties: [...row.penalties] };
}

/** Pure: the same chain and the same `now` always give the same score; restoration needs no scheduled job. */
export function foldCredit(merchantId: string, entries: readonly ChainEntry[], table: PointTable, now: Date): CreditView {
  const lines: LedgerLine[] = [];
  const appeals = new Map<string, Appeal>();
  const at = now.getTime();
  for (const entry of entries) {
    if (entry.type === 'credit.line') lines.push(lineOf(entry, CreditLine.parse(entry.payload), at));
    if (entry.type === 'appeal.filed') {
      const p = entry.payload as { appealId: string; lineId: string; statement: string };
      const line = lines.find((l) => l.id === p.lineId);
      appeals.set(p.appealId, {
        id: p.appealId, lineId: p.lineId, statement: p.statement, filedAt: entry.at, filedBy: entry.actor.id, status: 'pending',
        reasons: { code: line?.reason ?? 'UNKNOWN', message: line?.message ?? '', messageZh: line?.messageZh ?? '' },
      });
    }
    if (entry.type === 'appeal.decided') {
      const p = entry.payload as { appealId: string; decision: AppealDecision; reason: string; points?: number; adjustment?: unknown };
      const appeal = appeals.get(p.appealId);
      if (appeal) {
        appeals.set(p.appealId, { ...appeal, status: p.decision, decision: { at: entry.at, by: entry.actor.id, byType: entry.actor.type, reason: p.reason, ...(p.points !== undefined ? { points: p.points } : {}) } });
      }
      if (p.adjustment) lines.push(lineOf(entry, CreditLine.parse(p.adjustment), at));
    }
  }
  const sum = lines.filter((l) => l.active).reduce((total, l) => total + l.points, 0);
  const score = Math.max(0, Math.min(table.base, table.base + sum));
  const last = entries[entries.length - 1];
  return {
    merchantId, score, ...tierOf(score, table), tableVersion: table.version, lines, appeals: [...appeals.values()],
    head: { seq: last?.seq ?? 0, hash: last?.hash ?? '0'.repeat(64) },
  };
}
