// Text normalisation for contact extraction: compatibility forms, case, traditional and look-alike characters, Chinese numerals to digits.
import { characterFolds } from './character-folds.ts';

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space become their half-width forms; Latin letters become lower case. */
export function toHalfWidthLower(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i]!;
  }
  return out.toLowerCase();
}

// Spammers spell numbers in Chinese or circled digits to slip past filters; 幺 is how "1" is read aloud in phone numbers.
const numeralDigits: Record<string, string> = {
  零: '0', 〇: '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 贰: '2', 两: '2', 三: '3', 叁: '3', 四: '4', 肆: '4',
  五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
  '①': '1', '②': '2', '③': '3', '④': '4', '⑤': '5', '⑥': '6', '⑦': '7', '⑧': '8', '⑨': '9', '⓪': '0',
};
const numeral = '[零〇一幺壹二贰两三叁四肆五伍六陆七柒八捌九玖①-⑨⓪0-9]';
// Seven or more numerals, allowing one space or dash between them ("幺三九 零一二三 四五六七").
const numeralRun = new RegExp(`${numeral}(?:[ \\-]?${numeral}){6,}`, 'g');

/** Rewrites runs of seven or more numeral characters as ASCII digits; shorter runs are ordinary words (一两个, 三五天). */
export function numeralsToDigits(text: string): string {
  return text.replace(numeralRun, (run) => Array.from(run, (ch) => numeralDigits[ch] ?? ch).join(''));
}

const folds = characterFolds();
/** Variation selectors, keycap marks and zero-width characters: invisible, and used to split a number or a keyword. */
function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || code === 0x2060 || (code >= 0xfe00 && code <= 0xfe0f) || code === 0xfeff || code === 0x20e3;
}

/** Compatibility forms (full width, circled digits), case, traditional and look-alike characters, invisible marks, then numerals to digits. */
export function normalizeForContacts(text: string): string {
  let visible = '';
  for (let i = 0; i < text.length; i += 1) if (!isInvisible(text.charCodeAt(i))) visible += text[i]!;
  let folded = '';
  for (const ch of visible.normalize('NFKC').toLowerCase()) folded += folds.get(ch) ?? ch;
  return numeralsToDigits(folded);
}
