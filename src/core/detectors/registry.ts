// Every detector `analyze` and batch detection run, in order; adding one here is all it takes to plug it in.
import { contactSpam } from './contact-spam/detector.ts';
import { extortionReviews } from './extortion-reviews/detector.ts';
import { accountFarm } from './account-farm/detector.ts';
import { brushingRing } from './brushing-ring/detector.ts';
import type { Detector } from './detector.ts';
import { fakeLogistics } from './fake-logistics/detector.ts';
import { insiderCollusion } from './insider-collusion/detector.ts';
import { orderConcentration } from './order-concentration/detector.ts';
import { reviewForReward } from './review-for-reward/detector.ts';
import { salesSpike } from './sales-spike/detector.ts';
import { scriptedSessions } from './scripted-sessions/detector.ts';
import { subsidyAbuse } from './subsidy-abuse/detector.ts';
import { templateReviews } from './template-reviews/detector.ts';

export const detectors: readonly Detector<unknown>[] = [
  orderConcentration, contactSpam, templateReviews, reviewForReward, extortionReviews,
  scriptedSessions, fakeLogistics, salesSpike, subsidyAbuse, insiderCollusion, brushingRing, accountFarm,
];

/** name@version of every registered detector, recorded with each run. */
export function detectorVersions(list: readonly Detector<unknown>[] = detectors): string[] {
  return list.map((d) => `${d.name}@${d.version}`);
}
