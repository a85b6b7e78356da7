// Finds the contact handles a text pushes: mobile, 400/800 hotline, landline, WeChat and QQ, after normalisation.
import { normalizeForContacts } from '../../text/normalize.ts';

export type HandleKind = 'mobile' | 'hotline' | 'landline' | 'wechat' | 'qq';
export type Handle = { readonly kind: HandleKind; readonly value: string };

const SEP = '[\\s\\-.·—_]?';
// Digit boundaries keep order and tracking numbers (long digit runs) from matching.
// Separators may fall anywhere (400-826-1234, 4006-123-456, 138 0013 8000), so each digit may follow one.
const mobile = new RegExp(`(?<!\\d)1[3-9](?:${SEP}\\d){9}(?!\\d)`, 'g');
const hotline = new RegExp(`(?<!\\d)[48]00(?:${SEP}\\d){7}(?!\\d)`, 'g');
const landline = new RegExp(`(?<!\\d)0\\d{2,3}${SEP}\\d{3,4}${SEP}\\d{4}(?!\\d)`, 'g');
// A landline only counts next to a word that offers it as a number to call; otherwise it is likely an order or parcel number.
const callWord = /(电话|热线|致电|拨打|tel|座机|客服|售后|维修|咨询)/;
const wechat = /(?<![a-z])(?:微信|威信|薇信|徽信|v信|vx|wx|weixin|wechat|加v|\+v|➕v)\s*(?:号|id)?\s*[:：]?\s*([a-z][-_a-z0-9]{5,19})(?![-_a-z0-9])/g;
const qq = /(?:qq|扣扣|企鹅)\s*(?:号|群)?\s*[:：]?\s*([1-9]\d{4,10})(?!\d)/g;
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
