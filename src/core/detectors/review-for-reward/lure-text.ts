// Reads a text for an offer of money in exchange for a review (好评返现, 截图领红包, 用户体验官, 售后卡) or a buyer claiming one.
import { normalizeForContacts } from '../../text/normalize.ts';

/** Phrases that only a reward-for-review scheme writes; each alone makes a lure. */
const schemePhrases = [
  '好评返现', '好评返', '返现好评', '五星好评截图', '好评截图', '截图领', '截图发', '晒图返', '带图返', '好评有礼', '好评送', '好评奖励',
  '用户体验官', '体验官', '本金全退', '全额返款', '本金+佣金', '本金加佣金', '返本金', '返款', '好评卡', '评价卡', '返现卡',
];
/** A reward word and a review condition in one text are a lure too: "五星+晒图，联系客服领5元红包". */
const rewardWords = /返现|返款|红包|立返|返还|佣金|本金|现金|奖励|有礼|免单|话费|[0-9]+(元|块)/;
const reviewWords = /好评|五星|5星|晒图|带图|截图|追评|评价/;

/** Phrases of the 用户体验官 scheme: the buyer is recruited to buy, praise and be paid back in full. */
const recruitmentPhrases = new Set(['用户体验官', '体验官', '本金全退', '全额返款', '本金+佣金', '本金加佣金', '返本金']);

export type LureVerdict = { readonly score: number; readonly phrases: string[]; readonly recruitment: boolean };

/** 0 when the text offers nothing for a review; 0.55 for a reward tied to a review condition; 0.7 and up for scheme wording. */
export function readLure(text: string): LureVerdict {
  const normalized = normalizeForContacts(text).replace(/\s+/g, '');
  const phrases = schemePhrases.filter((p) => normalized.includes(p));
  const reward = rewardWords.exec(normalized);
  const review = reviewWords.exec(normalized);
  const recruitment = phrases.some((p) => recruitmentPhrases.has(p));
  if (phrases.length > 0) return { score: Math.min(0.95, 0.6 + 0.1 * phrases.length), phrases, recruitment };
  if (reward && review) return { score: 0.55, phrases: [`${review[0]}…${reward[0]}`], recruitment: false };
  return { score: 0, phrases: [], recruitment: false };
}

/** Words a payment memo uses only when it pays for a review ("返现", "好评返现", "体验官返款", "本金+佣金"). */
const memoWords = /返现|好评|返款|佣金|本金|体验官/g;

export function rewardMemoWords(memo: string): string[] {
  return [...new Set(Array.from(normalizeForContacts(memo).matchAll(memoWords), (m) => m[0]))];
}
