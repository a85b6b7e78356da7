// scripted_sessions: accounts that search one keyword, open one shop, dwell inside a tight band of minutes and buy (任务单).
import { z } from 'zod';
import { ok } from '../../result.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { defineDetector, type FindingDraft } from '../detector.ts';
import { describeTask, type TaskGroup } from './describe-task.ts';
import { bandLogTail, countBetween, densestBand, type DwellSample } from './dwell-band.ts';
import { orderedSessions, type OrderedSession } from './ordered-sessions.ts';

const Params = z.strictObject({
  /** Distinct accounts inside the band; a task card is handed to many workers. */
  minAccounts: z.int().min(2).default(5),
  /**
   * Task cards ask for minutes of browsing (5–7 in the cases behind this detector) so the shop's traffic looks
   * engaged; lockstep visits of seconds are the account_farm detector's signal, not this one.
   */
  minDwellSeconds: z.number().positive().default(180),
  /** Width of the band as upper ÷ lower dwell: 1.5 spans 5–7.5 minutes. */
  bandRatio: z.number().gt(1).max(4).default(1.5),
  /** Chance of one false finding in the whole snapshot, split evenly over every band tested (Bonferroni). */
  familyAlpha: z.number().positive().max(1).default(1e-3),
});
export type ScriptedParams = z.infer<typeof Params>;

type Group = { keyword: number; merchant: number; sessions: OrderedSession[] };

function groupSessions(snapshot: Snapshot, sessions: readonly OrderedSession[]): Group[] {
  const merchants = Math.max(1, snapshot.names('merchant').size);
  const groups = new Map<number, Group>();
  for (const session of sessions) {
    if (session.merchant < 0 || session.account < 0) continue;
    const key = session.keyword * merchants + session.merchant;
    let group = groups.get(key);
    if (!group) {
      group = { keyword: session.keyword, merchant: session.merchant, sessions: [] };
      groups.set(key, group);
    }
    group.sessions.push(session);
  }
  return [...groups.values()];
}

function distinctAccounts(sessions: readonly OrderedSession[]): number {
  return new Set(sessions.map((s) => s.account)).size;
}

export const scriptedSessions = defineDetector({
  name: 'scripted-sessions',
  version: '1.0.0',
  kinds: ['scripted_sessions'],
  params: Params,
  run(snapshot, params) {
    const sessions = orderedSessions(snapshot);
    const background = Float64Array.from(sessions, (s) => s.dwell).sort();
    const candidates = groupSessions(snapshot, sessions).filter((g) => distinctAccounts(g.sessions) >= params.minAccounts);
    const bandsTested = candidates.reduce((sum, g) => sum + g.sessions.length, 0);
    const logLimit = Math.log(params.familyAlpha / Math.max(1, bandsTested));
    const scratch = new Int32Array(snapshot.names('account').size);
    const drafts: FindingDraft[] = [];
    for (const group of candidates) {
      const samples: (DwellSample & { session: OrderedSession })[] = group.sessions
        .map((session) => ({ dwell: session.dwell, account: session.account, session }))
        .sort((a, b) => a.dwell - b.dwell);
      const band = densestBand(samples, params.bandRatio, scratch);
      if (!band || band.accounts < params.minAccounts) continue;
      const inBand = samples.slice(band.start, band.end);
      const median = inBand[inBand.length >> 1]!.dwell;
      if (median < params.minDwellSeconds) continue;
      const others = background.length - samples.length;
      const share = (countBetween(background, band.lo, band.hi) - inBand.length + 1) / (others + 1);
      const accounts = distinctAccounts(group.sessions);
      const logTail = bandLogTail(band.accounts, accounts, share);
      if (logTail > logLimit) continue;
      const task: TaskGroup = {
        keyword: group.keyword, merchant: group.merchant, band, accounts, backgroundShare: share, logTail, logLimit,
        sessions: inBand.map((s) => s.session),
      };
      drafts.push(describeTask(snapshot, task, params));
    }
    return ok(drafts);
  },
});
