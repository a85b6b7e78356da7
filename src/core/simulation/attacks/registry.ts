// Attack names to their generators; each draws from a random stream of its own, keyed by its name.
import type { AttackName } from '../options.ts';
import type { AttackFactory } from './attack.ts';
import { accountFarm } from './account-farm.ts';
import { brushingRing } from './brushing-ring.ts';
import { contactSpam } from './contact-spam.ts';
import { extortionReviews } from './extortion-reviews.ts';
import { fakeLogistics } from './fake-logistics.ts';
import { reviewForReward } from './review-for-reward.ts';
import { scriptedSessions } from './scripted-sessions.ts';
import { subsidyAbuse } from './subsidy-abuse.ts';
import { templateReviews } from './template-reviews.ts';

export const attackFactories: Readonly<Record<AttackName, AttackFactory>> = {
  brushing_ring: brushingRing,
  account_farm: accountFarm,
  scripted_sessions: scriptedSessions,
  template_reviews: templateReviews,
  review_for_reward: reviewForReward,
  fake_logistics: fakeLogistics,
  subsidy_abuse: subsidyAbuse,
  extortion_reviews: extortionReviews,
  contact_spam: contactSpam,
};
