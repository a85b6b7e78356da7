// Recursive-descent parser of rule expressions: or < and < not < comparison < + - < * / < unary minus < primary.
import { comparisonOps, type BinaryOp, type Expr, type Template } from './ast.ts';
import { tokenize, type SourceError } from './lexer.ts';
import { ParseStop, TokenCursor } from './token-cursor.ts';
import { err, ok, type Result } from '../result.ts';

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'true', 'false', 'null']);
/** Words of the file syntax: meeting one where a value belongs usually means the value was left out. */
const CLAUSE_WORDS = new Set(['then', 'when', 'on', 'where', 'message', 'message_zh', 'description', 'rule', 'feature', 'test', 'by', 'over']);
const COMPARISONS = new Set<string>(comparisonOps.filter((op) => op !== 'in' && op !== 'not in'));

export function parseExpression(cursor: TokenCursor): Expr {
  return parseOr(cursor);
}

/** Parses a whole text as one expression. */
export function parseExpressionText(text: string): Result<Expr, SourceError> {
  const { tokens, error } = tokenize(text);
  if (error) return err(error);
  const cursor = new TokenCursor(tokens);
  try {
    const expr = parseOr(cursor);
    if (cursor.peek().kind !== 'eof') cursor.fail(`unexpected ${JSON.stringify(cursor.peek().text)} after the expression`);
    return ok(expr);
  } catch (stop) {
    if (stop instanceof ParseStop) return err(stop.problem);
    throw stop;
  }
}

function logical(cursor: TokenCursor, op: 'and' | 'or', operand: (c: TokenCursor) => Expr): Expr {
  const start = cursor.start();
  const first = operand(cursor);
  if (!cursor.isWord(op)) return first;
  const operands = [first];
  while (cursor.acceptWord(op)) operands.push(operand(cursor));
  return { kind: 'logical', op, operands, span: { start, end: cursor.lastEnd() } };
}

const parseOr = (cursor: TokenCursor): Expr => logical(cursor, 'or', parseAnd);
const parseAnd = (cursor: TokenCursor): Expr => logical(cursor, 'and', parseNot);

function parseNot(cursor: TokenCursor): Expr {
  const start = cursor.start();
  if (cursor.isWord('not') && !cursor.isWord('in', 1)) {
    cursor.next();
    const operand = parseNot(cursor);
    return { kind: 'unary', op: 'not', operand, span: { start, end: cursor.lastEnd() } };
  }
  return parseComparison(cursor);
}

function comparisonOp(cursor: TokenCursor): BinaryOp | undefined {
  const token = cursor.peek();
  if (token.kind === 'punct' && COMPARISONS.has(token.text)) return token.text as BinaryOp;
  if (cursor.isWord('in')) return 'in';
  if (cursor.isWord('not') && cursor.isWord('in', 1)) return 'not in';
  return undefined;
}

function parseComparison(cursor: TokenCursor): Expr {
  const start = cursor.start();
  const left = parseAdditive(cursor);
  const op = comparisonOp(cursor);
  if (!op) return left;
  cursor.next();
  if (op === 'not in') cursor.next();
  const right = parseAdditive(cursor);
  if (comparisonOp(cursor)) cursor.fail('comparisons cannot be chained; join them with "and"');
  return { kind: 'binary', op, left, right, span: { start, end: cursor.lastEnd() } };
}

function leftAssociative(cursor: TokenCursor, ops: readonly string[], operand: (c: TokenCursor) => Expr): Expr {
  const start = cursor.start();
  let left = operand(cursor);
  for (;;) {
    const token = cursor.peek();
    if (token.kind !== 'punct' || !ops.includes(token.text)) return left;
    cursor.next();
    const right = operand(cursor);
    left = { kind: 'binary', op: token.text as BinaryOp, left, right, span: { start, end: cursor.lastEnd() } };
  }
}

const parseAdditive = (cursor: TokenCursor): Expr => leftAssociative(cursor, ['+', '-'], parseMultiplicative);
const parseMultiplicative = (cursor: TokenCursor): Expr => leftAssociative(cursor, ['*', '/'], parseUnary);

function parseUnary(cursor: TokenCursor): Expr {
  const start = cursor.start();
  if (!cursor.isPunct('-')) return parsePrimary(cursor);
  const minus = cursor.next();
  // A minus sign written against a number is part of the literal, so `-3` reads back as the number it prints from.
  const token = cursor.peek();
  if (token.kind === 'number' && token.start === minus.end) {
    cursor.next();
    return { kind: 'literal', value: -token.number!, span: { start, end: cursor.lastEnd() } };
  }
  const operand = parseUnary(cursor);
  return { kind: 'unary', op: '-', operand, span: { start, end: cursor.lastEnd() } };
}

function parsePrimary(cursor: TokenCursor): Expr {
  const start = cursor.start();
  const token = cursor.peek();
  const span = () => ({ start, end: cursor.lastEnd() });
  if (token.kind === 'number') {
    cursor.next();
    return { kind: 'literal', value: token.number!, span: span() };
  }
  if (token.kind === 'duration') {
    cursor.next();
    return { kind: 'duration', duration: { amount: token.number!, unit: token.unit! }, span: span() };
  }
  if (token.kind === 'string') {
    cursor.next();
    return { kind: 'literal', value: token.text, span: span() };
  }
  if (cursor.acceptPunct('(')) {
    const inner = parseOr(cursor);
    cursor.expectPunct(')', 'a closing ")"');
    return inner;
  }
  if (cursor.acceptPunct('[')) {
    const items: Expr[] = [];
    while (!cursor.isPunct(']')) {
      items.push(parseOr(cursor));
      if (!cursor.acceptPunct(',')) break;
    }
    cursor.expectPunct(']', 'a closing "]"');
    return { kind: 'list', items, span: span() };
  }
  if (token.kind !== 'ident') cursor.fail(`expected a value, found ${token.kind === 'eof' ? 'the end of the text' : `"${token.text}"`}`);
  cursor.next();
  if (token.text === 'true' || token.text === 'false') return { kind: 'literal', value: token.text === 'true', span: span() };
  if (token.text === 'null') return { kind: 'literal', value: null, span: span() };
  if (token.text === 'event' || token.text === 'feature') {
    cursor.expectPunct('.', `"." and a ${token.text === 'event' ? 'field' : 'feature'} name after "${token.text}"`);
    const path = [cursor.expectKind('ident', 'a name').text];
    while (cursor.acceptPunct('.')) path.push(cursor.expectKind('ident', 'a name').text);
    return { kind: 'ref', scope: token.text, path, span: span() };
  }
  if (KEYWORDS.has(token.text)) cursor.fail(`"${token.text}" cannot start a value`, start);
  if (CLAUSE_WORDS.has(token.text) && !cursor.isPunct('(')) cursor.fail(`expected a value, found "${token.text}"`, start);
  if (!cursor.isPunct('(')) cursor.fail(`unknown name "${token.text}": write event.${token.text}, feature.${token.text}, or call a function`, start);
  cursor.next();
  const args: Expr[] = [];
  while (!cursor.isPunct(')')) {
    args.push(parseOr(cursor));
    if (!cursor.acceptPunct(',')) break;
  }
  cursor.expectPunct(')', 'a closing ")"');
  if (!/^[a-z_][a-z0-9_]*$/.test(token.text)) cursor.fail(`function names are lower case: "${token.text}"`, start);
  return { kind: 'call', fn: token.text, args, span: span() };
}

/** Splits a message into text and `{expression}` holes; `{{` and `}}` stand for literal braces. `base` is the text's source offset. */
export function parseTemplate(text: string, base = 0): Result<Template, SourceError> {
  const parts: Template = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      literal += c;
      i += 2;
    } else if (c === '}') {
      return err({ offset: base + i, message: 'a lone "}" in a message; write "}}" for a brace' });
    } else if (c === '{') {
      const close = closingBrace(text, i + 1);
      if (close < 0) return err({ offset: base + i, message: 'an unclosed "{" in a message; write "{{" for a brace' });
      const parsed = parseHole(text.slice(i + 1, close), base + i + 1);
      if (!parsed.ok) return parsed;
      if (literal) parts.push(literal);
      literal = '';
      parts.push(parsed.value);
      i = close + 1;
    } else {
      literal += c;
      i += 1;
    }
  }
  if (literal) parts.push(literal);
  return ok(parts);
}

function closingBrace(text: string, from: number): number {
  let inString = false;
  for (let i = from; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '}') return i;
  }
  return -1;
}

function parseHole(text: string, base: number): Result<Expr, SourceError> {
  const { tokens, error } = tokenize(text);
  if (error) return err({ offset: base + error.offset, message: error.message });
  const cursor = new TokenCursor(tokens, base);
  try {
    const expr = parseOr(cursor);
    if (cursor.peek().kind !== 'eof') cursor.fail(`unexpected "${cursor.peek().text}" in a message hole`);
    return ok(expr);
  } catch (stop) {
    if (stop instanceof ParseStop) return err(stop.problem);
    throw stop;
  }
}
