// For each registered detector, events that must produce a finding and events that must not.
import type { ShoumenEvent } from '../../events/event.ts';
import { diversionTexts, honestTexts } from '../contact-spam/sample-texts.ts';
import { extortionCampaign, unhappyBuyers } from '../extortion-reviews/testing/extortion-scenes.ts';
import { cashbackScheme, honestPayments } from '../review-for-reward/testing/reward-scenes.ts';
import { genuineBackground, honestLookAlikes, templateCampaign } from '../template-reviews/testing/review-scenes.ts';
import { at, order } from './event-factory.ts';
import { accountFarmFixture } from '../account-farm/fixture.ts';
import { brushingRingFixture } from '../brushing-ring/fixture.ts';
import { fakeLogisticsFixture } from '../fake-logistics/fixture.ts';
import { insiderCollusionFixture } from '../insider-collusion/fixture.ts';
import { salesSpikeFixture } from '../sales-spike/fixture.ts';
import { scriptedSessionsFixture } from '../scripted-sessions/fixture.ts';
import { subsidyAbuseFixture } from '../subsidy-abuse/fixture.ts';

export type DetectorFixture = { readonly positive: ShoumenEvent[]; readonly negative: ShoumenEvent[] };

const concentratedShop = [
  ...Array.from({ length: 12 }, (_, i) => order(i * 4, `oc-${i}`, `buyer-${i % 3}`, 'shop-hot')),
  ...Array.from({ length: 20 }, (_, i) => order(i * 3, `ok-${i}`, `shopper-${i}`, 'shop-busy')),
];

export const fixtures: Record<string, DetectorFixture> = {
  'template-reviews': {
    positive: [...genuineBackground(), ...templateCampaign()],
    negative: [...genuineBackground(), ...honestLookAlikes()],
  },
  'review-for-reward': { positive: [...cashbackScheme(), ...honestPayments()], negative: honestPayments() },
  'extortion-reviews': { positive: [...extortionCampaign(), ...unhappyBuyers()], negative: unhappyBuyers() },
  'order-concentration': {
    positive: concentratedShop,
    negative: [
      ...Array.from({ length: 30 }, (_, i) => order(i * 2, `n-${i}`, `shopper-${i}`, 'shop-busy')),
      ...Array.from({ length: 6 }, (_, i) => order(i * 45, `slow-${i}`, 'loyal-buyer', 'shop-slow')),
    ],
  },
  'contact-spam': {
    positive: [
      at(0, 'listing.published', { merchantId: 'shop-fake', itemId: 'item-hotline', title: '售后服务中心', description: diversionTexts[0]!.text }),
      at(5, 'review.posted', { reviewId: 'rev-lure', accountId: 'acct-9', merchantId: 'shop-fake', itemId: 'item-2', rating: 5, text: diversionTexts[2]!.text }),
      at(9, 'message.sent', { merchantId: 'shop-fake', accountId: 'acct-3', from: 'merchant', text: diversionTexts[3]!.text }),
    ],
    negative: honestTexts.map((text, i) =>
      at(i, 'review.posted', { reviewId: `rev-${i}`, accountId: `acct-${i}`, merchantId: 'shop-ok', itemId: 'item-1', rating: 5, text }),
    ),
  },
  'scripted-sessions': scriptedSessionsFixture,
  'fake-logistics': fakeLogisticsFixture,
  'sales-spike': salesSpikeFixture,
  'subsidy-abuse': subsidyAbuseFixture,
  'insider-collusion': insiderCollusionFixture,
  'brushing-ring': brushingRingFixture,
  'account-farm': accountFarmFixture,
};
