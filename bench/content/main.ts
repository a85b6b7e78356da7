// `npm run bench -- content [--skip-scale] [--scale N]`: template clusters, contact_spam and clustering speed on real Chinese reviews.
import { measureContact } from './contact-quality.ts';
import { measureScale } from './cluster-scale.ts';
import { defaultWorkload, measureTemplates } from './template-quality.ts';
import { loadZhReviews } from './zh-reviews.ts';

const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scaleCount = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1_000_000;

const reviews = loadZhReviews();
console.error(`zh_reviews: ${reviews.length} real reviews`);

console.error('template clusters: 60 shops per category, campaigns of 5-30 accounts…');
const templates = measureTemplates(reviews, 7);
console.error('template clusters, hard: 10 shops per category (top shop ≈ 1/3 of its category), campaigns of 3-10…');
const hard = measureTemplates(reviews, 11, {}, { ...defaultWorkload, merchantsPerCategory: 10, reviewersPerCampaign: [3, 10] });
console.error('template clusters, no merchant categories (whole snapshot as baseline)…');
const hardNoCategory = measureTemplates(reviews, 13, {}, { ...defaultWorkload, merchantsPerCategory: 10, reviewersPerCampaign: [3, 10], withCategories: false });

console.error('contact_spam…');
const { flaggedLengths: _lengths, ...contact } = measureContact(reviews);

let scale: ReturnType<typeof measureScale> | { skipped: true } = { skipped: true };
if (!args.includes('--skip-scale')) {
  console.error(`clustering ${scaleCount.toLocaleString('en-US')} short reviews…`);
  scale = measureScale(reviews, scaleCount, 3);
}

const result = {
  bench: 'content',
  templates,
  templatesHard: hard,
  templatesHardNoCategory: hardNoCategory,
  contact,
  scale,
  targets: {
    templateRecall: 0.9,
    maxFalseClusterRate: 0.005,
    maxContactFalsePositiveRate: 0.002,
    contactTestSetRecall: 1,
    maxClusterSeconds1M: 60,
  },
};
console.log(JSON.stringify(result));
