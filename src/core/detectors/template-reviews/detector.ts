// template_reviews: near-duplicate reviews from many accounts, concentrated on one shop beyond chance, with the behaviour around them.
import { z } from 'zod';
import { ok } from '../../result.ts';
import { defaultNearDuplicateOptions } from '../../text/near-duplicates.ts';
import { defineDetector, type FindingDraft } from '../detector.ts';
import { concentratedSubgroups, reviewBaseline } from './concentration.ts';
import { describeTemplate } from './describe-template.ts';
import { deliveryTimes, groupSignals } from './group-signals.ts';
import { linkReviews } from './link-reviews.ts';
import { extractContacts } from '../contact-spam/extract-contacts.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';

const Params = z.strictObject({
  /** Jaccard similarity of character-bigram sets at which two reviews are near-duplicates. */
  similarity: z.number().min(0.2).max(1).default(0.5),
  /** Normalised characters a review needs before it is compared at all. */
  minLength: z.int().min(2).default(6),
  /** Characters beyond generic praise the group's text needs, unless photos are reused. */
  minInformative: z.int().min(0).default(6),
  minAccounts: z.int().min(2).default(3),
  /** The largest chance of the merchant concentration still called a template. */
  maxChance: z.number().gt(0).lt(1).default(1e-3),
  windowDays: z.number().positive().default(7),
  maxDelayVariation: z.number().min(0).default(0.2),
});

function pushesContacts(snapshot: Snapshot, rows: readonly number[]): boolean {
  const { text } = snapshot.table('review.posted').columns;
  const pushing = rows.filter((row) => extractContacts(text.get(row) ?? '').handles.length > 0).length;
  return pushing * 2 > rows.length;
}

export const templateReviews = defineDetector({
  name: 'template-reviews',
  version: '1.1.0',
  kinds: ['template_reviews'],
  params: Params,
  run(snapshot, params) {
    const linked = linkReviews(snapshot, { ...defaultNearDuplicateOptions, threshold: params.similarity, minLength: params.minLength });
    const positionOf = new Int32Array(linked.order.length);
    linked.order.forEach((row, position) => (positionOf[row] = position));
    const baseline = reviewBaseline(snapshot);
    const delivered = deliveryTimes(snapshot);
    const drafts: FindingDraft[] = [];
    for (const group of linked.groups) {
      for (const subgroup of concentratedSubgroups(snapshot, group, baseline, params.minAccounts, params.maxChance)) {
        if (subgroup.chance > params.maxChance) continue;
        const signals = groupSignals(snapshot, subgroup.rows, linked, positionOf, delivered);
        // Generic praise alone is not a template: many people really do write "质量很好，发货很快，好评".
        if (signals.informative < params.minInformative && signals.sharedPhotoReviews < 2) continue;
        // Copies that push a phone, WeChat or QQ are a diversion campaign: contact_spam reports them, on their poster.
        if (pushesContacts(snapshot, subgroup.rows)) continue;
        drafts.push(describeTemplate(snapshot, subgroup, signals, params));
      }
    }
    return ok(drafts);
  },
});
