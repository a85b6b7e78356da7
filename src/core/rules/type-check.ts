// Type-checks a parsed rules file before it may be published: every name resolves, every operator gets the types it needs.
import type { EventType } from '../events/event.ts';
import { typesWithKey } from '../features/keys.ts';
import { durationSeconds, type Expr, type FeatureDecl, type RuleFile, type Template } from './ast.ts';
import { eventFieldType } from './event-fields.ts';
import { functions } from './functions.ts';
import { elementOf, fits, isListType, listOf, unify, type LangType } from './lang-types.ts';
import type { SourceError } from './lexer.ts';
import { printExpr } from './printer.ts';

/** The longest window a feature may declare; long windows are bucketed, so this also bounds state per key. */
export const MAX_WINDOW_SECONDS = 30 * 86_400;

type Scope = {
  readonly on: readonly EventType[];
  /** Declared features a rule may read; undefined inside feature declarations, which see only the event. */
  readonly features: ReadonlyMap<string, FeatureDecl> | undefined;
  readonly problems: SourceError[];
};

const offsetOf = (expr: Expr): number => expr.span?.start ?? 0;

function problem(scope: Scope, expr: Expr, message: string): LangType {
  scope.problems.push({ offset: offsetOf(expr), message });
  return 'unknown';
}

function expectType(scope: Scope, expr: Expr, actual: LangType, wanted: LangType, role: string): void {
  if (!fits(actual, wanted)) problem(scope, expr, `${role} must be ${wanted}, but ${printExpr(expr)} is ${actual}`);
}

export function checkExpr(expr: Expr, scope: Scope): LangType {
  switch (expr.kind) {
    case 'literal':
      return expr.value === null ? 'null' : (typeof expr.value as LangType);
    case 'duration':
      return 'number';
    case 'list': {
      let element: LangType = 'null';
      for (const item of expr.items) {
        const type = checkExpr(item, scope);
        if (isListType(type)) return problem(scope, item, 'lists cannot hold lists');
        const merged = unify(element, type);
        if (merged === undefined) return problem(scope, item, `a list mixes ${element} and ${type}`);
        element = merged;
      }
      return listOf(element);
    }
    case 'ref':
      return checkRef(expr, scope);
    case 'call': {
      const spec = functions[expr.fn];
      const args = expr.args.map((a) => checkExpr(a, scope));
      if (!spec) return problem(scope, expr, `unknown function ${expr.fn}() (known: ${Object.keys(functions).join(', ')})`);
      const signature = spec.check(args);
      return 'type' in signature ? signature.type : problem(scope, expr, `${expr.fn}() ${signature.problem}`);
    }
    case 'unary': {
      const type = checkExpr(expr.operand, scope);
      expectType(scope, expr.operand, type, expr.op === 'not' ? 'boolean' : 'number', `the operand of ${expr.op}`);
      return expr.op === 'not' ? 'boolean' : 'number';
    }
    case 'logical':
      for (const operand of expr.operands) expectType(scope, operand, checkExpr(operand, scope), 'boolean', `each side of ${expr.op}`);
      return 'boolean';
    case 'binary':
      return checkBinary(expr, scope);
  }
}

function checkRef(expr: Extract<Expr, { kind: 'ref' }>, scope: Scope): LangType {
  if (expr.scope === 'event') {
    const found = eventFieldType(expr.path, scope.on);
    return 'error' in found ? problem(scope, expr, found.error) : found.type;
  }
  if (!scope.features) return problem(scope, expr, 'a feature declaration can read only the event, not other features');
  const [name, ...rest] = expr.path;
  if (rest.length) return problem(scope, expr, `feature.${name} has no fields`);
  if (!scope.features.has(name!)) {
    const known = [...scope.features.keys()];
    return problem(scope, expr, `unknown feature "${name}"${known.length ? ` (declared: ${known.join(', ')})` : ' (none declared)'}`);
  }
  return 'number';
}

function checkBinary(expr: Extract<Expr, { kind: 'binary' }>, scope: Scope): LangType {
  const left = checkExpr(expr.left, scope);
  const right = checkExpr(expr.right, scope);
  switch (expr.op) {
    case '+':
    case '-':
    case '*':
    case '/':
    case '<':
    case '<=':
    case '>':
    case '>=':
      expectType(scope, expr.left, left, 'number', `the left side of ${expr.op}`);
      expectType(scope, expr.right, right, 'number', `the right side of ${expr.op}`);
      return ['+', '-', '*', '/'].includes(expr.op) ? 'number' : 'boolean';
    case '==':
    case '!=':
      if (unify(left, right) === undefined) problem(scope, expr, `cannot compare ${left} with ${right}: ${printExpr(expr)}`);
      return 'boolean';
    case 'in':
    case 'not in':
      if (!isListType(right) && right !== 'unknown') return problem(scope, expr.right, `the right side of ${expr.op} must be a list, but ${printExpr(expr.right)} is ${right}`);
      if (unify(left, elementOf(right)) === undefined) problem(scope, expr, `cannot look for a ${left} in a list of ${elementOf(right)}`);
      return 'boolean';
  }
}

function checkTemplate(template: Template, scope: Scope): void {
  for (const part of template) if (typeof part !== 'string') checkExpr(part, scope);
}

function checkFeature(feature: FeatureDecl, problems: SourceError[]): void {
  const at = feature.span?.start ?? 0;
  const scope: Scope = { on: feature.on as EventType[], features: undefined, problems };
  const seconds = durationSeconds(feature.window);
  if (seconds > MAX_WINDOW_SECONDS) problems.push({ offset: at, message: `feature ${feature.name}: the window may be at most 30d` });
  if (new Set(feature.keys).size !== feature.keys.length) problems.push({ offset: at, message: `feature ${feature.name}: a key is repeated` });
  for (const key of feature.keys) {
    const carriers = new Set(typesWithKey(key));
    const missing = feature.on.filter((t) => !carriers.has(t as EventType));
    if (missing.length) problems.push({ offset: at, message: `feature ${feature.name}: ${missing.join(', ')} carr${missing.length > 1 ? 'y' : 'ies'} no ${key} key` });
  }
  if (feature.value) {
    const type = checkExpr(feature.value, scope);
    if (feature.aggregate === 'sum') expectType(scope, feature.value, type, 'number', 'what sum() adds');
    else if (isListType(type)) problems.push({ offset: offsetOf(feature.value), message: 'distinct() counts single values, not lists' });
  } else if (feature.aggregate === 'sum' || feature.aggregate === 'distinct') {
    problems.push({ offset: at, message: `feature ${feature.name}: ${feature.aggregate} needs a value, e.g. ${feature.aggregate}(event.accountId)` });
  }
  if (feature.where) expectType(scope, feature.where, checkExpr(feature.where, scope), 'boolean', 'a where clause');
}

/** Every problem in the file, in source order; an empty list means it may be published. */
export function checkRuleFile(file: RuleFile): SourceError[] {
  const problems: SourceError[] = [];
  const features = new Map<string, FeatureDecl>();
  for (const feature of file.features) {
    if (features.has(feature.name)) problems.push({ offset: feature.span?.start ?? 0, message: `feature ${feature.name} is declared twice` });
    features.set(feature.name, feature);
    checkFeature(feature, problems);
  }
  const codes = new Set<string>();
  for (const rule of file.rules) {
    const at = rule.span?.start ?? 0;
    if (codes.has(rule.code)) problems.push({ offset: at, message: `rule ${rule.code} is declared twice` });
    codes.add(rule.code);
    const scope: Scope = { on: rule.on as EventType[], features, problems };
    expectType(scope, rule.when, checkExpr(rule.when, scope), 'boolean', `the when clause of ${rule.code}`);
    checkTemplate(rule.message, scope);
    checkTemplate(rule.messageZh, scope);
  }
  for (const test of file.tests) {
    for (const step of test.steps) {
      if (step.kind !== 'expect') continue;
      for (const code of step.codes) if (!codes.has(code)) problems.push({ offset: step.span?.start ?? 0, message: `test "${test.name}" expects unknown rule ${code}` });
    }
    if (test.start !== undefined && !Number.isFinite(Date.parse(test.start))) problems.push({ offset: test.span?.start ?? 0, message: `test "${test.name}": start is not an ISO-8601 time` });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}
