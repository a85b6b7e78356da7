// Normalisation for near-duplicate detection: one table lookup per character, so a million reviews cost well under a second.
import { characterFolds } from './character-folds.ts';

/**
 * For every UTF-16 code unit, what it becomes: NFKC (full width, circled and compatibility forms), lower case,
 * traditional → simplified, look-alike → plain, and nothing at all unless it is a letter or a digit.
 * 0 means "drop"; code units that expand to several characters (㈱ → 株) live in `expansions`.
 * Surrogates are dropped: the astral planes hold emoji and rare characters that carry no template signal.
 */
const { single, expansions } = buildTable();

function buildTable(): { single: Uint16Array; expansions: Map<number, string> } {
  const folds = characterFolds();
  const keep = /^[\p{L}\p{N}]$/u;
  const table = new Uint16Array(0x10000);
  const multi = new Map<number, string>();
  for (let code = 1; code < 0x10000; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const folded = Array.from(String.fromCharCode(code).normalize('NFKC').toLowerCase(), (ch) => folds.get(ch) ?? ch)
      .filter((ch) => keep.test(ch))
      .join('');
    if (folded.length === 1) table[code] = folded.charCodeAt(0);
    else if (folded.length > 1) multi.set(code, folded);
  }
  return { single: table, expansions: multi };
}

let scratch = new Uint16Array(4096);

/**
 * Text as a near-duplicate detector should compare it: no punctuation, emoji or spacing, one script, and every
 * run of a repeated character or short unit folded to one ("好好好好" → "好", "不错不错不错" → "不错"), because
 * those are the cheap edits a campaign makes to dodge an exact match.
 */
export function normalizeForSimilarity(text: string): string {
  if (scratch.length < text.length * 4) scratch = new Uint16Array(text.length * 4);
  const buffer = scratch;
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const mapped = single[code]!;
    if (mapped !== 0) {
      if (length === 0 || buffer[length - 1] !== mapped) buffer[length++] = mapped;
      continue;
    }
    const expansion = expansions.get(code);
    if (expansion === undefined) continue;
    for (let j = 0; j < expansion.length; j += 1) {
      const ch = expansion.charCodeAt(j);
      if (length === 0 || buffer[length - 1] !== ch) buffer[length++] = ch;
    }
  }
  length = foldRepeatedUnits(buffer, length);
  return String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[]);
}

/** Keeps one copy of a unit of two to four characters said again right after itself; works in place, returns the new length. */
function foldRepeatedUnits(buffer: Uint16Array, length: number): number {
  let read = 0;
  let write = 0;
  while (read < length) {
    let unit = 0;
    for (let size = 2; size <= 4 && read + 2 * size <= length; size += 1) {
      if (sameUnit(buffer, read, read + size, size)) {
        unit = size;
        break;
      }
    }
    if (unit === 0) {
      buffer[write++] = buffer[read++]!;
      continue;
    }
    for (let k = 0; k < unit; k += 1) buffer[write + k] = buffer[read + k]!;
    let next = read + unit;
    while (next + unit <= length && sameUnit(buffer, read, next, unit)) next += unit;
    write += unit;
    read = next;
  }
  return write;
}

function sameUnit(buffer: Uint16Array, a: number, b: number, size: number): boolean {
  for (let k = 0; k < size; k += 1) if (buffer[a + k] !== buffer[b + k]) return false;
  return true;
}
