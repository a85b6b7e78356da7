// Style statistics of a text (length, script mix, digits, punctuation, repetition) and the latest text of each review.
import type { Snapshot } from '../../snapshot/snapshot.ts';

export const textStatNames = ['length', 'cjkShare', 'latinShare', 'digitShare', 'punctuationShare', 'exclamations', 'distinctCharShare'] as const;

const CJK = /[\p{Script=Han}]/u;
const LATIN = /[A-Za-z]/;
const DIGIT = /[0-9０-９]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const EXCLAMATION = /[!！]/;

/** One number per name in `textStatNames`; shares are of characters (code points). */
export function textStats(text: string): number[] {
  const chars = Array.from(text);
  const n = chars.length;
  if (n === 0) return [0, 0, 0, 0, 0, 0, 0];
  let cjk = 0;
  let latin = 0;
  let digit = 0;
  let punctuation = 0;
  let exclamation = 0;
  for (const ch of chars) {
    if (CJK.test(ch)) cjk += 1;
    else if (LATIN.test(ch)) latin += 1;
    else if (DIGIT.test(ch)) digit += 1;
    else if (PUNCTUATION.test(ch)) {
      punctuation += 1;
      if (EXCLAMATION.test(ch)) exclamation += 1;
    }
  }
  return [n, cjk / n, latin / n, digit / n, punctuation / n, exclamation, new Set(chars).size / n];
}

/** The text each review shows now: the last edit's text when it was edited, else the posted text. Indexed by review id. */
export function latestReviewTexts(snapshot: Snapshot): (string | undefined)[] {
  const texts: (string | undefined)[] = new Array<string | undefined>(snapshot.names('review').size).fill(undefined);
  const posted = snapshot.table('review.posted');
  for (let row = 0; row < posted.size; row += 1) texts[posted.columns.reviewId[row]!] = posted.columns.text.get(row);
  const edited = snapshot.table('review.edited');
  for (let row = 0; row < edited.size; row += 1) {
    const text = edited.columns.text.get(row);
    if (text !== undefined) texts[edited.columns.reviewId[row]!] = text;
  }
  return texts;
}
