// Finds the contact handles a text pushes: mobile, 400/800 hotline, landline, WeChat and QQ, after normalisation.
import { normalizeForContacts } from '../../text/normalize.ts';

export type HandleKind = 'mobile' | 'hotline' | 'landline' | 'wechat' | 'qq';
export type Handle = { readonly kind: HandleKind; readonly value: string };

// Up to three separator characters may fall between digits (400-826-1234, 4 0 0 - 8 2 6, 138 0013 8000, 400.882.6677).
const SEP = '[\\s\\-.·—_*/、]{0,3}';
// Digit boundaries keep order and tracking numbers (long digit runs) from matching.
const mobile = new RegExp(`(?<!\\d)1${SEP}[3-9](?:${SEP}\\d){9}(?!\\d)`, 'g');
const hotline = new RegExp(`(?<!\\d)[48]${SEP}0${SEP}0(?:${SEP}\\d){7}(?!\\d)`, 'g');
const landline = /(?<!\d)0\d{2,3}[\s\-.·—_]{0,2}\d{3,4}[\s\-.·—_]{0,2}\d{4}(?!\d)/g;
// A landline only counts next to a word that offers it as a number to call; otherwise it is likely an order or parcel number.
const callWord = /(电话|热线|致电|拨打|tel|座机|客服|售后|维修|咨询|报修)/;
// WeChat spelled every way a filter might miss (威信, 薇信, v信, 卫星, 绿泡泡, v❤), then up to four words ("微信详谈："), then an id.
const wechatWord = '(?:微信|威信|薇信|徽信|维信|v信|vx|wx|weixin|wechat|卫星|绿泡泡|(?:加|\\+|➕)\\s*v|(?<![a-z])v(?=\\s*(?:❤|♥|💗|💕|:|：)))';
const wechat = new RegExp(`${wechatWord}[\\u4e00-\\u9fa5]{0,4}?\\s*(?:号|id)?\\s*(?:❤|♥|💗|💕|~)*\\s*[:：]?\\s*([a-z][-_a-z0-9]{5,19})(?![-_a-z0-9])`, 'g');
// Real QQ numbers never start with 0, but a number behind the keyword is offered as one all the same.
const qq = /(?:qq|扣扣|企鹅|(?<![a-z])q(?=\s*[:：]))\s*(?:号|群)?\s*[:：]?\s*(\d{5,11})(?!\d)/g;
const wechatSameAsPhone = /(微信|vx|v信|wx)同号|同微信|微信同步/;

const digitsOnly = (value: string) => value.replace(/\D/g, '');

export type Extraction = {
  readonly normalized: string;
  readonly handles: Handle[];
  /** How often each handle value occurs in this text. */
  readonly counts: Map<string, number>;
  readonly wechatSameAsPhone: boolean;
};

export function extractContacts(text: string): Extraction {
  const normalized = normalizeForContacts(text);
  const counts = new Map<string, number>();
  const kinds = new Map<string, HandleKind>();
  const add = (kind: HandleKind, value: string) => {
    kinds.set(value, kinds.get(value) ?? kind);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  for (const match of normalized.matchAll(hotline)) add('hotline', digitsOnly(match[0]));
  for (const match of normalized.matchAll(mobile)) add('mobile', digitsOnly(match[0]));
  for (const match of normalized.matchAll(landline)) {
    const before = normalized.slice(Math.max(0, match.index - 12), match.index);
    if (callWord.test(before)) add('landline', digitsOnly(match[0]));
  }
  for (const match of normalized.matchAll(wechat)) add('wechat', `wx:${match[1]!}`);
  for (const match of normalized.matchAll(qq)) add('qq', `qq:${match[1]!}`);
  return {
    normalized,
    handles: [...kinds.entries()].map(([value, kind]) => ({ kind, value })),
    counts,
    wechatSameAsPhone: wechatSameAsPhone.test(normalized),
  };
}
