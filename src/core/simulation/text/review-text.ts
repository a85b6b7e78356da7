// Review text by category and rating: lengths from one word to several sentences, topics that fit, noise in a minority.
import type { Rng } from '../random.ts';
import {
  badClosings, categoryPhrases, closings, defaultReviewText, generalBad, generalGood, neutralTakes, shortPraise,
} from './category-phrases.ts';
import { roughen } from './noise.ts';

const enders = ['。', '！', '~', '', '。', '!'];
const joiners = ['，', '，', '，', '。', '；', ' ', '，而且'];
const followUps = ['用了一周再来评价：', '追评：', '用了几天了，', '收到第一时间来评价，', '第一次在这家买，'];

function phrasesFor(category: string) {
  const phrases = categoryPhrases[category];
  if (!phrases) throw new Error(`no phrases for category ${category}`);
  return phrases;
}

/** Clause count: mostly one or two, sometimes a paragraph. */
function clauseCount(rng: Rng): number {
  const u = rng.float();
  if (u < 0.3) return 1;
  if (u < 0.68) return 2;
  if (u < 0.86) return 3;
  return rng.int(4, 6);
}

const hedges = ['感觉', '确实', '真的', '整体', '总的来说', '说实话', '个人觉得', '挺意外的，'];

/** People rarely write a stock phrase bare: a hedge in front of some clauses keeps short reviews from repeating exactly. */
function hedge(rng: Rng, clause: string): string {
  return rng.chance(0.25) ? rng.pick(hedges) + clause : clause;
}

function joinClauses(rng: Rng, clauses: readonly string[]): string {
  let out = clauses[0] ?? '';
  for (let i = 1; i < clauses.length; i += 1) out += rng.pick(joiners) + clauses[i]!;
  return out;
}

/** Distinct clauses drawn from two banks, with a bias toward the category's own topics. */
function drawClauses(rng: Rng, own: readonly string[], general: readonly string[], n: number): string[] {
  const picked = new Set<string>();
  let guard = 0;
  while (picked.size < n && guard < n * 4) {
    picked.add(hedge(rng, rng.chance(0.6) ? rng.pick(own) : rng.pick(general)));
    guard += 1;
  }
  return [...picked];
}

function positive(rng: Rng, category: string): string {
  const u = rng.float();
  if (u < 0.03) return defaultReviewText;
  if (u < 0.2) return rng.pick(shortPraise) + rng.pick(enders);
  const clauses = drawClauses(rng, phrasesFor(category).good, generalGood, clauseCount(rng));
  if (rng.chance(0.35)) clauses.push(rng.pick(closings));
  const lead = clauses.length >= 3 && rng.chance(0.25) ? rng.pick(followUps) : '';
  return lead + joinClauses(rng, clauses) + rng.pick(enders);
}

function mixed(rng: Rng, category: string): string {
  const phrases = phrasesFor(category);
  const parts = rng.chance(0.5) ? [rng.pick(neutralTakes)] : [];
  if (parts.length === 0 || rng.chance(0.6)) parts.push(rng.pick(phrases.good));
  // The complaint comes last, after the concession (还行…就是…).
  if (rng.chance(0.8)) parts.push(`就是${rng.pick(rng.chance(0.6) ? phrases.bad : generalBad)}`);
  return joinClauses(rng, parts) + rng.pick(enders);
}

function negative(rng: Rng, category: string): string {
  const n = Math.min(clauseCount(rng) + 1, 5);
  const clauses = drawClauses(rng, phrasesFor(category).bad, generalBad, n);
  if (rng.chance(0.45)) clauses.push(rng.pick(badClosings));
  return joinClauses(rng, clauses) + rng.pick(['。', '！', '！！', '']);
}

export function reviewText(rng: Rng, category: string, rating: number): string {
  const text = rating >= 4 ? positive(rng, category) : rating === 3 ? mixed(rng, category) : negative(rng, category);
  return text === defaultReviewText ? text : roughen(rng, text, rating <= 2);
}

/** A buyer's follow-up appended to an earlier review (追评). */
export function followUpText(rng: Rng, category: string, original: string): string {
  const addition = drawClauses(rng, phrasesFor(category).good, generalGood, 1)[0] ?? '还不错';
  return `${original} 追评：用了一段时间，${addition}。`;
}

/** Ratings of genuine buyers: J-shaped, and lower after a refund. */
export function genuineRating(rng: Rng, refunded: boolean): number {
  const u = rng.float();
  if (refunded) return u < 0.35 ? 1 : u < 0.55 ? 2 : u < 0.75 ? 3 : u < 0.9 ? 4 : 5;
  return u < 0.035 ? 1 : u < 0.055 ? 2 : u < 0.1 ? 3 : u < 0.22 ? 4 : 5;
}
