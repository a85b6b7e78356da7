// Scores one text for contact diversion: a handle is required, then wording, repetition and the text's channel add up.
import { findCues, type Cues } from './cues.ts';
import { extractContacts, type Handle, type HandleKind } from './extract-contacts.ts';

export type TextSource = 'listing' | 'review' | 'merchant_message' | 'account_message';

export type TextVerdict = {
  readonly score: number;
  readonly handles: Handle[];
  readonly cues: Cues;
  readonly maxRepeat: number;
};

// A WeChat id or QQ number behind its keyword has no honest use in a review or a listing; a phone number sometimes does.
const handleWeight: Record<HandleKind, number> = { wechat: 0.45, qq: 0.4, hotline: 0.35, mobile: 0.3, landline: 0.25 };
// Buyers rarely need to put a number in a review, and a merchant pushing one in chat moves the deal off the platform.
const sourceWeight: Record<TextSource, number> = { listing: 0, review: 0.1, merchant_message: 0.1, account_message: 0.05 };

export const REPEAT_THRESHOLD = 3;
export const DISTRICT_THRESHOLD = 6;
export const BRAND_STUFFING_THRESHOLD = 3;
export const SERVICE_WORD_THRESHOLD = 2;

export function scoreText(text: string, source: TextSource): TextVerdict | undefined {
  const extraction = extractContacts(text);
  if (extraction.handles.length === 0) return undefined;
  const cues = findCues(extraction.normalized);
  const maxRepeat = Math.max(...extraction.counts.values());
  let score = Math.max(...extraction.handles.map((h) => handleWeight[h.kind]));
  if (extraction.wechatSameAsPhone) score += 0.2;
  score += Math.min(0.35, cues.phraseWeight);
  if (maxRepeat >= REPEAT_THRESHOLD) score += 0.25;
  else if (maxRepeat === 2) score += 0.1;
  if (cues.districts >= DISTRICT_THRESHOLD) score += 0.2;
  if (cues.brandStuffing >= BRAND_STUFFING_THRESHOLD) score += 0.2;
  if (cues.serviceWords >= SERVICE_WORD_THRESHOLD) score += 0.1;
  score += sourceWeight[source];
  return { score: Math.min(0.99, score), handles: extraction.handles, cues, maxRepeat };
}
