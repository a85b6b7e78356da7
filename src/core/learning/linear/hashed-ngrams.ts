// Text to hashed n-gram counts (the hashing trick, Weinberger et al. 2009): Chinese by character n-grams, no segmenter needed.
import { z } from 'zod';
import { toHalfWidthLower } from '../../text/normalize.ts';

export const NgramConfig = z.object({
  /** log2 of the number of hash buckets. */
  bucketsLog2: z.int().min(10).max(24).default(20),
  /** Character n-gram lengths over runs of Han, kana and Hangul: Chinese words are one to three characters. */
  cjk: z.tuple([z.int().min(1), z.int().min(1)]).default([1, 3]),
  /** Word n-gram lengths over runs of other letters and digits, for languages written with spaces. */
  words: z.tuple([z.int().min(1), z.int().min(1)]).default([1, 2]),
  /** Character n-gram lengths inside such words (with boundary marks), for inflection and misspellings. */
  wordChars: z.tuple([z.int().min(0), z.int().min(0)]).default([0, 0]),
  /** Punctuation and symbols as unigrams: "!!!" and "★" carry style. */
  symbols: z.boolean().default(true),
  /**
   * Each n-gram also counts once more tagged with the document's context (a review's star band), so the model can
   * weigh "好评返现" differently in praise and in complaint: feature augmentation (Daumé III 2007, "Frustratingly easy
   * domain adaptation"). Optional, not defaulted: a model file written before it existed must parse to the same
   * content, or its hash would no longer match.
   */
  contextual: z.boolean().optional(),
});
export type NgramConfig = z.infer<typeof NgramConfig>;

/** A text and the context it was written in (a review's star band); documents without a context share only the plain n-grams. */
export type TextDocument = { readonly text: string; readonly context?: string | undefined };

/** A sparse vector: ascending bucket indices and their values. */
export type SparseVector = { readonly indices: Int32Array; readonly values: Float32Array };

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

const enum Family {
  Cjk = 1,
  Word = 2,
  WordChar = 3,
  Symbol = 4,
  Context = 5,
}

/** FNV-1a over the family tag and the code units of text[start..end), then a murmur finaliser for the low bits. */
function hashRange(family: number, text: string, start: number, end: number, extra = 0): number {
  let h = Math.imul(0x811c9dc5 ^ family, 0x01000193);
  for (let i = start; i < end; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ extra, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

type Emit = (hash: number) => void;

function emitCjkRun(text: string, start: number, end: number, [lo, hi]: readonly [number, number], emit: Emit): void {
  for (let n = lo; n <= hi; n += 1) for (let i = start; i + n <= end; i += 1) emit(hashRange(Family.Cjk, text, i, i + n));
}

function emitWords(text: string, words: readonly (readonly [number, number])[], config: NgramConfig, emit: Emit): void {
  const [lo, hi] = config.words;
  for (let n = lo; n <= hi; n += 1) {
    for (let i = 0; i + n <= words.length; i += 1) {
      // An n-gram of words hashes its words' hashes in order: no joined strings are built.
      let h = 0;
      for (let k = i; k < i + n; k += 1) h = hashRange(Family.Word, text, words[k]![0], words[k]![1], h);
      emit(h);
    }
  }
  const [clo, chi] = config.wordChars;
  if (chi === 0) return;
  for (const [start, end] of words) {
    const padded = ` ${text.slice(start, end)} `;
    for (let n = clo; n <= chi; n += 1) for (let i = 0; i + n <= padded.length; i += 1) emit(hashRange(Family.WordChar, padded, i, i + n));
  }
}

/** Every n-gram hash of a text, in text order (a hash repeats as often as its n-gram). */
export function ngramHashes(raw: string, config: NgramConfig): number[] {
  const text = toHalfWidthLower(raw);
  const out: number[] = [];
  const emit: Emit = (h) => out.push(h);
  let words: [number, number][] = [];
  const flushWords = () => {
    if (words.length) emitWords(text, words, config, emit);
    words = [];
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (CJK.test(ch)) {
      flushWords();
      let j = i + 1;
      while (j < text.length && CJK.test(text[j]!)) j += 1;
      emitCjkRun(text, i, j, config.cjk, emit);
      i = j;
    } else if (WORD.test(ch)) {
      let j = i + 1;
      while (j < text.length && WORD.test(text[j]!) && !CJK.test(text[j]!)) j += 1;
      words.push([i, j]);
      i = j;
    } else {
      // Sentence punctuation ends a run of words, so bigrams do not span sentences; spaces do not.
      if (!SPACE.test(ch)) {
        flushWords();
        if (config.symbols) emit(hashRange(Family.Symbol, text, i, i + 1));
      }
      i += 1;
    }
  }
  flushWords();
  return out;
}

/** Counts per bucket, with a hash-derived sign so colliding n-grams cancel rather than add up. */
export function hashedCounts(document: TextDocument, config: NgramConfig): SparseVector {
  const mask = (1 << config.bucketsLog2) - 1;
  const counts = new Map<number, number>();
  const add = (h: number) => {
    const bucket = h & mask;
    counts.set(bucket, (counts.get(bucket) ?? 0) + (h >>> 31 === 1 ? -1 : 1));
  };
  const context = config.contextual === true ? (document.context ?? '') : '';
  for (const h of ngramHashes(document.text, config)) {
    add(h);
    if (context) add(hashRange(Family.Context, context, 0, context.length, h));
  }
  const indices = Int32Array.from(counts.keys()).sort();
  const values = Float32Array.from(indices, (b) => counts.get(b)!);
  return { indices, values };
}
