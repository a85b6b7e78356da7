// Parses a rules file (ruleset name, features, rules, tests) into its tree, stopping at the first syntax error with its place.
import {
  aggregates, keyKinds, outcomes, type Aggregate, type Duration, type FeatureDecl, type JsonValue, type KeyKind, type Outcome,
  type RuleDecl, type RuleFile, type Template, type TestDecl, type TestStep,
} from './ast.ts';
import { eventTypes } from '../events/event.ts';
import { parseExpression, parseTemplate } from './expression-parser.ts';
import { tokenize, type SourceError } from './lexer.ts';
import { ParseStop, TokenCursor, describe } from './token-cursor.ts';
import { err, ok, type Result } from '../result.ts';

const EVENT_TYPES = new Set<string>(eventTypes);

export function parseRuleFile(source: string): Result<RuleFile, SourceError> {
  const { tokens, error } = tokenize(source);
  if (error) return err(error);
  const cursor = new TokenCursor(tokens);
  try {
    return ok(parseFile(cursor));
  } catch (stop) {
    if (stop instanceof ParseStop) return err(stop.problem);
    throw stop;
  }
}

function parseFile(cursor: TokenCursor): RuleFile {
  cursor.expectWord('ruleset');
  const name = cursor.expectKind('ident', 'the rule set name').text;
  if (!/^[a-z][a-z0-9_]*$/.test(name)) cursor.fail('a rule set name is lower case letters, digits and _', cursor.lastEnd() - name.length);
  const file: RuleFile = { name, features: [], rules: [], tests: [] };
  for (;;) {
    const token = cursor.peek();
    if (token.kind === 'eof') return file;
    if (cursor.isWord('feature')) file.features.push(parseFeature(cursor));
    else if (cursor.isWord('rule')) file.rules.push(parseRule(cursor));
    else if (cursor.isWord('test')) file.tests.push(parseTest(cursor));
    else cursor.fail(`expected "feature", "rule" or "test", found ${describe(token)}`);
  }
}

function parseDuration(cursor: TokenCursor): Duration {
  const token = cursor.expectKind('duration', 'a duration such as 10m, 1h or 30d');
  return { amount: token.number!, unit: token.unit! };
}

function parseEventTypes(cursor: TokenCursor): string[] {
  const types: string[] = [];
  do {
    const start = cursor.start();
    const parts = [cursor.expectKind('ident', 'an event type such as order.placed').text];
    while (cursor.acceptPunct('.')) parts.push(cursor.expectKind('ident', 'the rest of the event type').text);
    const type = parts.join('.');
    if (!EVENT_TYPES.has(type)) cursor.fail(`unknown event type "${type}"`, start);
    types.push(type);
  } while (cursor.acceptPunct(','));
  return types;
}

function oneOf<T extends string>(cursor: TokenCursor, allowed: readonly T[], what: string): T {
  const token = cursor.expectKind('ident', what);
  if (!(allowed as readonly string[]).includes(token.text)) cursor.fail(`"${token.text}" is not ${what} (${allowed.join(', ')})`, token.start);
  return token.text as T;
}

function parseFeature(cursor: TokenCursor): FeatureDecl {
  const start = cursor.start();
  cursor.expectWord('feature');
  const nameToken = cursor.expectKind('ident', 'the feature name');
  if (!/^[a-z][a-z0-9_]*$/.test(nameToken.text)) cursor.fail('a feature name is lower case letters, digits and _', nameToken.start);
  cursor.expectPunct('=');
  const aggregate: Aggregate = oneOf(cursor, aggregates, 'an aggregate');
  let value;
  if (aggregate === 'distinct' || aggregate === 'sum') {
    cursor.expectPunct('(', `"(" and the value to ${aggregate === 'sum' ? 'add up' : 'count'}`);
    value = parseExpression(cursor);
    cursor.expectPunct(')', 'a closing ")"');
  }
  cursor.expectWord('by');
  const keys: KeyKind[] = [oneOf(cursor, keyKinds, 'a key')];
  while (cursor.acceptPunct('+')) keys.push(oneOf(cursor, keyKinds, 'a key'));
  cursor.expectWord('over');
  const window = parseDuration(cursor);
  cursor.expectWord('on');
  const on = parseEventTypes(cursor);
  const where = cursor.acceptWord('where') ? parseExpression(cursor) : undefined;
  return {
    name: nameToken.text, aggregate, ...(value ? { value } : {}), keys, window, on, ...(where ? { where } : {}),
    span: { start, end: cursor.lastEnd() },
  };
}

function parseMessage(cursor: TokenCursor): Template {
  const token = cursor.expectKind('string', 'a quoted message');
  const parsed = parseTemplate(token.text, token.start + 1);
  if (!parsed.ok) cursor.fail(parsed.error.message, parsed.error.offset);
  return parsed.value;
}

type RuleParts = Partial<Omit<RuleDecl, 'code' | 'span'>>;

function parseRule(cursor: TokenCursor): RuleDecl {
  const start = cursor.start();
  cursor.expectWord('rule');
  const codeToken = cursor.expectKind('ident', 'the rule code');
  if (!/^[A-Z][A-Z0-9_]*$/.test(codeToken.text)) cursor.fail('a rule code is upper case letters, digits and _ (it is the reason code)', codeToken.start);
  cursor.expectPunct('{');
  const parts: RuleParts = {};
  const once = (clause: keyof RuleParts, at: number) => {
    if (parts[clause] !== undefined) cursor.fail(`"${clause}" is given twice in rule ${codeToken.text}`, at);
  };
  while (!cursor.acceptPunct('}')) {
    const at = cursor.start();
    const clause = cursor.expectKind('ident', 'a clause (description, on, when, then, message, message_zh) or "}"').text;
    switch (clause) {
      case 'description':
        once('description', at);
        parts.description = cursor.expectKind('string', 'a quoted description').text;
        break;
      case 'on':
        once('on', at);
        parts.on = parseEventTypes(cursor);
        break;
      case 'when':
        once('when', at);
        parts.when = parseExpression(cursor);
        break;
      case 'then':
        once('outcome', at);
        parts.outcome = oneOf<Outcome>(cursor, outcomes, 'an outcome');
        break;
      case 'message':
        once('message', at);
        parts.message = parseMessage(cursor);
        break;
      case 'message_zh':
        once('messageZh', at);
        parts.messageZh = parseMessage(cursor);
        break;
      default:
        cursor.fail(`unknown clause "${clause}" (description, on, when, then, message, message_zh)`, at);
    }
  }
  const missing = (['when', 'outcome', 'message', 'messageZh'] as const).filter((k) => parts[k] === undefined);
  if (missing.length) {
    const names = missing.map((k) => (k === 'outcome' ? 'then' : k === 'messageZh' ? 'message_zh' : k));
    cursor.fail(`rule ${codeToken.text} needs ${names.join(', ')}`, start);
  }
  return {
    code: codeToken.text, ...(parts.description !== undefined ? { description: parts.description } : {}), on: parts.on ?? [],
    when: parts.when!, outcome: parts.outcome!, message: parts.message!, messageZh: parts.messageZh!, span: { start, end: cursor.lastEnd() },
  };
}

function parseTest(cursor: TokenCursor): TestDecl {
  const start = cursor.start();
  cursor.expectWord('test');
  const name = cursor.expectKind('string', 'the quoted test name').text;
  cursor.expectPunct('{');
  const test: TestDecl = { name, steps: [] };
  if (cursor.acceptWord('start')) test.start = cursor.expectKind('string', 'a quoted ISO-8601 time').text;
  while (!cursor.acceptPunct('}')) test.steps.push(parseStep(cursor));
  test.span = { start, end: cursor.lastEnd() };
  return test;
}

function parseStep(cursor: TokenCursor): TestStep {
  const start = cursor.start();
  if (cursor.acceptWord('expect')) {
    const outcome = oneOf<Outcome>(cursor, outcomes, 'an outcome');
    const codes: string[] = [];
    while (cursor.peek().kind === 'ident' && /^[A-Z][A-Z0-9_]*$/.test(cursor.peek().text)) codes.push(cursor.next().text);
    return { kind: 'expect', outcome, codes, span: { start, end: cursor.lastEnd() } };
  }
  let repeat: Extract<TestStep, { kind: 'event' }>['repeat'];
  if (cursor.acceptWord('repeat')) {
    const count = cursor.expectKind('number', 'how many times');
    if (!Number.isInteger(count.number) || count.number! < 1 || count.number! > 10_000) cursor.fail('repeat takes a whole number from 1 to 10000', count.start);
    repeat = { count: count.number!, ...(cursor.acceptWord('every') ? { every: parseDuration(cursor) } : {}) };
  }
  cursor.expectWord('event');
  const advance = cursor.acceptPunct('+') ? parseDuration(cursor) : undefined;
  const [type] = parseEventTypes(cursor);
  const fields = parseJson(cursor);
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) cursor.fail('the event fields are an object: { name: value, ... }', start);
  return { kind: 'event', ...(advance ? { advance } : {}), ...(repeat ? { repeat } : {}), type: type!, fields, span: { start, end: cursor.lastEnd() } };
}

function parseJson(cursor: TokenCursor): JsonValue {
  const token = cursor.peek();
  if (cursor.acceptPunct('{')) {
    const object: Record<string, JsonValue> = {};
    while (!cursor.isPunct('}')) {
      const key = cursor.peek();
      if (key.kind !== 'ident' && key.kind !== 'string') cursor.fail(`expected a field name, found ${describe(key)}`);
      cursor.next();
      cursor.expectPunct(':');
      object[key.text] = parseJson(cursor);
      if (!cursor.acceptPunct(',')) break;
    }
    cursor.expectPunct('}', 'a closing "}"');
    return object;
  }
  if (cursor.acceptPunct('[')) {
    const items: JsonValue[] = [];
    while (!cursor.isPunct(']')) {
      items.push(parseJson(cursor));
      if (!cursor.acceptPunct(',')) break;
    }
    cursor.expectPunct(']', 'a closing "]"');
    return items;
  }
  const negative = cursor.acceptPunct('-');
  const value = cursor.next();
  if (value.kind === 'number') return negative ? -value.number! : value.number!;
  if (!negative && value.kind === 'string') return value.text;
  if (!negative && value.kind === 'ident' && (value.text === 'true' || value.text === 'false')) return value.text === 'true';
  if (!negative && value.kind === 'ident' && value.text === 'null') return null;
  return cursor.fail(`expected a value, found ${describe(value)}`, token.start);
}
