// How real review text is messy: homophone typos, emoji, doubled punctuation, a stray English word.
import type { Rng } from '../random.ts';

/** Common input-method slips (pinyin homophones) buyers leave in. */
const homophones: readonly (readonly [string, string])[] = [
  ['的', '得'], ['得', '的'], ['在', '再'], ['再', '在'], ['做', '作'], ['已', '以'], ['那', '哪'], ['像', '象'],
  ['很', '狠'], ['快', '块'], ['买', '卖'], ['到', '倒'], ['质', '值'], ['好', '号'], ['候', '后'],
];
const emoji = ['👍', '😊', '❤️', '🙏', '😂', '👌', '🌹', '😄', '💯', '🥰', '😅', '😭', '👏', '🎉', '😡', '💔'];
const happyEmoji = emoji.slice(0, 14);
const angryEmoji = ['😡', '💔', '😭', '😤', '👎'];
const englishBits = ['nice', 'good', 'ok', 'perfect', 'so good'];

export function withTypo(rng: Rng, text: string): string {
  const candidates = homophones.filter(([from]) => text.includes(from));
  if (candidates.length === 0) return text;
  const [from, to] = rng.pick(candidates);
  const positions: number[] = [];
  for (let i = text.indexOf(from); i >= 0; i = text.indexOf(from, i + 1)) positions.push(i);
  const at = rng.pick(positions);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export function emojiRun(rng: Rng, angry: boolean): string {
  const bank = angry ? angryEmoji : happyEmoji;
  const symbol = rng.pick(bank);
  return rng.chance(0.4) ? symbol.repeat(rng.int(2, 3)) : symbol;
}

/** Applies the minority noise: ~7% typos, ~12% emoji, ~5% shouted punctuation, ~2% English. */
export function roughen(rng: Rng, text: string, angry: boolean): string {
  let out = text;
  if (rng.chance(0.07)) out = withTypo(rng, out);
  if (rng.chance(0.05)) out = out.replace(/[。！]$/, angry ? '！！！' : '！！');
  if (rng.chance(0.02) && !angry) out += ` ${rng.pick(englishBits)}`;
  if (rng.chance(0.12)) out = rng.chance(0.8) ? out + emojiRun(rng, angry) : emojiRun(rng, angry) + out;
  return out;
}
