// Appeals against credit penalties: who may file, and who may decide (a person, for automated penalties).
import type { Actor } from '../cases/hash-chain.ts';
import { err, ok, type Result } from '../result.ts';
import type { AppealDecision, CreditLine, CreditView } from './ledger.ts';
import { restoringLine } from './pricing.ts';

export type AppealProblem = { readonly field: string; readonly message: string; readonly conflict?: boolean };

export function checkAppeal(view: CreditView, lineId: string): Result<CreditLine, AppealProblem> {
  const line = view.lines.find((l) => l.id === lineId);
  if (!line) return err({ field: 'lineId', message: `merchant ${view.merchantId} has no ledger line ${lineId}` });
  if (line.points >= 0) return err({ field: 'lineId', message: 'only deductions can be appealed' });
  if (view.appeals.some((a) => a.lineId === lineId && a.status === 'pending')) return err({ field: 'lineId', message: 'this line is already under appeal', conflict: true });
  if (view.lines.some((l) => l.adjusts === lineId && l.points === -line.points)) return err({ field: 'lineId', message: 'this line was already reversed', conflict: true });
  return ok(line);
}

export type AppealRuling = { readonly decision: AppealDecision; readonly reason: string; readonly points?: number };

/**
 * Under the 2026 platform-rules regulation an automated penalty under appeal is re-decided by a person, never by the
 * system that imposed it. Returns the adjustment line the decision lands in the ledger as, if any.
 */
export function decideAppeal(view: CreditView, appealId: string, ruling: AppealRuling, decider: Actor, adjustmentId: string): Result<CreditLine | undefined, AppealProblem> {
  const appeal = view.appeals.find((a) => a.id === appealId);
  if (!appeal) return err({ field: 'appealId', message: `no appeal ${appealId}` });
  if (appeal.status !== 'pending') return err({ field: 'appealId', message: `the appeal was already decided (${appeal.status})`, conflict: true });
  const line = view.lines.find((l) => l.id === appeal.lineId);
  if (!line) return err({ field: 'appealId', message: 'the appealed line is missing' });
  if (line.automated && decider.type !== 'person') return err({ field: 'decider', message: 'an automated penalty under appeal must be re-decided by a person (a person key), not a service or the system' });
  const source = { type: 'appeal' as const, id: appealId };
  if (ruling.decision === 'upheld') return ruling.points === undefined ? ok(undefined) : err({ field: 'points', message: 'an upheld penalty keeps its points' });
  if (ruling.decision === 'overturned') {
    if (ruling.points !== undefined) return err({ field: 'points', message: 'an overturned penalty is restored in full' });
    return ok(restoringLine(line, { id: adjustmentId, source, why: `Appeal ${appealId} overturned the penalty: ${ruling.reason}`, whyZh: `申诉 ${appealId} 成立，撤销处罚：${ruling.reason}` }));
  }
  if (ruling.points === undefined || ruling.points >= 0 || ruling.points <= line.points) {
    return err({ field: 'points', message: `a reduced penalty needs the new points, between ${line.points + 1} and -1` });
  }
  return ok(restoringLine(line, {
    id: adjustmentId, source, points: ruling.points - line.points,
    why: `Appeal ${appealId} reduced the penalty from ${line.points} to ${ruling.points}: ${ruling.reason}`,
    whyZh: `申诉 ${appealId} 部分成立，处罚由 ${line.points} 分减为 ${ruling.points} 分：${ruling.reason}`,
  }));
}
