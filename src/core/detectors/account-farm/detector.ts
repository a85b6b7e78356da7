// account_farm: accounts tied by shared devices, phones, payment, addresses and rare networks (timing and sign-up bursts strengthen a network link), scored as farms.
import { z } from 'zod';
import { ok } from '../../result.ts';
import { burstMembership, registrationBursts } from '../../signals/registration-bursts.ts';
import { defineDetector, type FindingDraft } from '../detector.ts';
import { accountTraces } from './account-traces.ts';
import { describeFarm } from './describe-farm.ts';
import { farmSignals, signalShares } from './farm-signals.ts';
import { linkAccounts } from './link-accounts.ts';

const Params = z.object({
  /** Groups smaller than this are households and friends, not farms. */
  minAccounts: z.int().min(3).default(8),
  /** A farm shows at least this many of its signals at `signalShare` or more. */
  minSignals: z.int().min(1).max(6).default(3),
  signalShare: z.number().min(0).max(1).default(0.5),
  /** What a shared value is worth (a tie is 1) and how many accounts may share it before it is infrastructure. */
  weight: z.object({
    device: z.number().min(0).default(1), subnet: z.number().min(0).default(0.4), phone: z.number().min(0).default(1),
    address: z.number().min(0).default(0.5), payment: z.number().min(0).default(1),
  }).prefault({}),
  cap: z.object({
    device: z.int().min(2).default(80), subnet: z.int().min(2).default(128), phone: z.int().min(2).default(10),
    address: z.int().min(2).default(20), payment: z.int().min(2).default(10),
  }).prefault({}),
  subnetFull: z.int().min(2).default(64),
  lockstepSeconds: z.number().positive().default(120),
  lockstepDays: z.int().min(1).default(2),
  lockstepBonus: z.number().min(0).default(0.6),
  burstBonus: z.number().min(0).default(0.3),
}).strict();

/** 0.5 at the bar, rising with the strength of the three strongest signals. */
export function farmScore(shares: readonly number[]): number {
  const top = shares.slice(0, 3);
  const mean = top.reduce((a, b) => a + b, 0) / Math.max(1, top.length);
  return Math.min(0.99, Math.max(0.05, 0.2 + 0.8 * mean));
}

export const accountFarm = defineDetector({
  name: 'account-farm',
  version: '1.0.0',
  kinds: ['account_farm'],
  params: Params,
  run(snapshot, params) {
    const traces = accountTraces(snapshot);
    const burstOf = burstMembership(registrationBursts(snapshot), snapshot.names('account').size);
    const { groups, lockstep } = linkAccounts(traces, burstOf, params, params.minAccounts);
    const drafts: FindingDraft[] = [];
    for (const group of groups) {
      const signals = farmSignals(group, traces, burstOf, lockstep);
      const shares = signalShares(signals);
      if (shares.filter((s) => s >= params.signalShare).length < params.minSignals) continue;
      // Freshmen on campus Wi-Fi sign up together and log in between the same lectures; a farm also forges or
      // shares the devices themselves, so one device or identity signal must be among them.
      if (Math.max(signals.deviceShare, signals.flaggedShare, signals.virtualPhoneShare) < params.signalShare) continue;
      drafts.push(describeFarm(snapshot, group, traces, signals, farmScore(shares)));
    }
    return ok(drafts);
  },
});
