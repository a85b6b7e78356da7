// Splits rules text into tokens with their offsets; `#` starts a comment that runs to the end of the line.
import { durationUnits, type DurationUnit } from './ast.ts';

export type TokenKind = 'ident' | 'number' | 'duration' | 'string' | 'punct' | 'eof';

export type Token = {
  readonly kind: TokenKind;
  /** Identifier name, punctuation, decoded string, or the number's source text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly number?: number;
  readonly unit?: DurationUnit;
};

/** A problem at a place in the source; line and column are filled in by `locate`. */
export type SourceError = { readonly offset: number; readonly message: string };

const PUNCT_2 = new Set(['==', '!=', '<=', '>=']);
const PUNCT_1 = new Set(['(', ')', '[', ']', '{', '}', ',', '.', ':', '=', '+', '-', '*', '/', '<', '>']);
const UNITS = new Set<string>(durationUnits);
const isDigit = (c: string) => c >= '0' && c <= '9';
const isIdentStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isIdentPart = (c: string) => isIdentStart(c) || isDigit(c);

export function tokenize(source: string): { tokens: Token[]; error?: SourceError } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1;
    } else if (c === '#') {
      while (i < source.length && source[i] !== '\n') i += 1;
    } else if (isIdentStart(c)) {
      const start = i;
      while (i < source.length && isIdentPart(source[i]!)) i += 1;
      tokens.push({ kind: 'ident', text: source.slice(start, i), start, end: i });
    } else if (isDigit(c)) {
      const scanned = scanNumber(source, i);
      if ('message' in scanned) return { tokens, error: scanned };
      tokens.push(scanned);
      i = scanned.end;
    } else if (c === '"') {
      const scanned = scanString(source, i);
      if ('message' in scanned) return { tokens, error: scanned };
      tokens.push(scanned);
      i = scanned.end;
    } else {
      const two = source.slice(i, i + 2);
      const text = PUNCT_2.has(two) ? two : PUNCT_1.has(c) ? c : undefined;
      if (text === undefined) return { tokens, error: { offset: i, message: `unexpected character ${JSON.stringify(c)}` } };
      tokens.push({ kind: 'punct', text, start: i, end: i + text.length });
      i += text.length;
    }
  }
  tokens.push({ kind: 'eof', text: '', start: source.length, end: source.length });
  return { tokens };
}

/** Numbers are decimal with an optional exponent; a number directly followed by s, m, h, d or w is a duration. */
function scanNumber(source: string, start: number): Token | SourceError {
  const match = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(source.slice(start, start + 64));
  const text = match![0];
  let end = start + text.length;
  const next = source[end];
  if (next !== undefined && UNITS.has(next) && !isIdentPart(source[end + 1] ?? ' ')) {
    if (!/^\d+$/.test(text)) return { offset: start, message: 'a duration is a whole number followed by s, m, h, d or w' };
    end += 1;
    return { kind: 'duration', text: source.slice(start, end), start, end, number: Number(text), unit: next as DurationUnit };
  }
  if (next !== undefined && isIdentPart(next)) return { offset: end, message: `unexpected ${JSON.stringify(next)} after the number ${text}` };
  return { kind: 'number', text, start, end, number: Number(text) };
}

/** Strings use JSON's syntax and escapes, so the printer can write them with JSON.stringify. */
function scanString(source: string, start: number): Token | SourceError {
  let i = start + 1;
  while (i < source.length && source[i] !== '"') {
    if (source[i] === '\n') return { offset: start, message: 'unterminated string (strings cannot span lines; use \\n)' };
    i += source[i] === '\\' ? 2 : 1;
  }
  if (i >= source.length) return { offset: start, message: 'unterminated string' };
  const raw = source.slice(start, i + 1);
  try {
    return { kind: 'string', text: JSON.parse(raw) as string, start, end: i + 1 };
  } catch {
    return { offset: start, message: 'bad escape in string (use JSON escapes such as \\" \\\\ \\n \\u4e2d)' };
  }
}

/** 1-based line and column of an offset. */
export function locate(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i += 1) {
    if (source.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
