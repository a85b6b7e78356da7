// Prints expressions, messages and whole rules files in canonical text; parsing the output gives the same tree back.
import type { Duration, Expr, FeatureDecl, JsonValue, RuleDecl, RuleFile, Template, TestDecl, TestStep } from './ast.ts';

/** Binding strength: a child that binds more loosely than its parent's slot needs parentheses. */
const PRECEDENCE = { or: 1, and: 2, not: 3, comparison: 4, additive: 5, multiplicative: 6, unary: 7, primary: 8 } as const;

function precedenceOf(expr: Expr): number {
  switch (expr.kind) {
    case 'logical':
      return PRECEDENCE[expr.op];
    case 'unary':
      return expr.op === 'not' ? PRECEDENCE.not : PRECEDENCE.unary;
    case 'binary':
      if (expr.op === '+' || expr.op === '-') return PRECEDENCE.additive;
      if (expr.op === '*' || expr.op === '/') return PRECEDENCE.multiplicative;
      return PRECEDENCE.comparison;
    case 'literal':
      // A negative number prints with its sign, which binds like a unary minus.
      return typeof expr.value === 'number' && (expr.value < 0 || Object.is(expr.value, -0)) ? PRECEDENCE.unary : PRECEDENCE.primary;
    default:
      return PRECEDENCE.primary;
  }
}

export const printDuration = (d: Duration): string => `${d.amount}${d.unit}`;

function printNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

function wrap(child: Expr, minimum: number): string {
  const text = printExpr(child);
  return precedenceOf(child) < minimum ? `(${text})` : text;
}

export function printExpr(expr: Expr): string {
  switch (expr.kind) {
    case 'literal':
      if (expr.value === null) return 'null';
      if (typeof expr.value === 'number') return printNumber(expr.value);
      return typeof expr.value === 'string' ? JSON.stringify(expr.value) : String(expr.value);
    case 'duration':
      return printDuration(expr.duration);
    case 'ref':
      return `${expr.scope}.${expr.path.join('.')}`;
    case 'list':
      return `[${expr.items.map(printExpr).join(', ')}]`;
    case 'call':
      return `${expr.fn}(${expr.args.map(printExpr).join(', ')})`;
    case 'unary': {
      if (expr.op === 'not') return `not ${wrap(expr.operand, PRECEDENCE.not)}`;
      // `-(3)` keeps a negated literal apart from the literal -3, which the parser folds.
      const operand = expr.operand;
      const bare = precedenceOf(operand) >= PRECEDENCE.unary && !(operand.kind === 'literal' && typeof operand.value === 'number');
      return bare ? `-${printExpr(operand)}` : `-(${printExpr(operand)})`;
    }
    case 'logical': {
      const own = PRECEDENCE[expr.op];
      // Same-operator children came from parentheses (the parser flattens chains), so they keep them.
      return expr.operands.map((o) => wrap(o, o.kind === 'logical' && o.op === expr.op ? own + 1 : own)).join(` ${expr.op} `);
    }
    case 'binary': {
      const own = precedenceOf(expr);
      const comparison = own === PRECEDENCE.comparison;
      const left = wrap(expr.left, comparison ? own + 1 : own);
      const right = wrap(expr.right, own + 1);
      return `${left} ${expr.op} ${right}`;
    }
  }
}

/** Text parts escape braces; holes print their expression. */
export function printTemplate(template: Template): string {
  return template.map((part) => (typeof part === 'string' ? part.replace(/[{}]/g, (b) => b + b) : `{${printExpr(part)}}`)).join('');
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function printJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(printJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${IDENT.test(k) ? k : JSON.stringify(k)}: ${printJson(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  if (typeof value === 'number') return printNumber(value);
  return JSON.stringify(value);
}

export function printFeature(feature: FeatureDecl): string {
  const aggregate = feature.value ? `${feature.aggregate}(${printExpr(feature.value)})` : feature.aggregate;
  const where = feature.where ? `\n  where ${printExpr(feature.where)}` : '';
  return `feature ${feature.name} = ${aggregate} by ${feature.keys.join(' + ')} over ${printDuration(feature.window)}\n  on ${feature.on.join(', ')}${where}`;
}

export function printRule(rule: RuleDecl): string {
  const lines = [`rule ${rule.code} {`];
  if (rule.description !== undefined) lines.push(`  description ${JSON.stringify(rule.description)}`);
  if (rule.on.length) lines.push(`  on ${rule.on.join(', ')}`);
  lines.push(`  when ${printExpr(rule.when)}`, `  then ${rule.outcome}`);
  lines.push(`  message ${JSON.stringify(printTemplate(rule.message))}`, `  message_zh ${JSON.stringify(printTemplate(rule.messageZh))}`, '}');
  return lines.join('\n');
}

function printStep(step: TestStep): string {
  if (step.kind === 'expect') return `  expect ${[step.outcome, ...step.codes].join(' ')}`;
  const repeat = step.repeat ? `repeat ${step.repeat.count}${step.repeat.every ? ` every ${printDuration(step.repeat.every)}` : ''} ` : '';
  const advance = step.advance ? `+${printDuration(step.advance)} ` : '';
  return `  ${repeat}event ${advance}${step.type} ${printJson(step.fields)}`;
}

export function printTest(test: TestDecl): string {
  const start = test.start !== undefined ? [`  start ${JSON.stringify(test.start)}`] : [];
  return [`test ${JSON.stringify(test.name)} {`, ...start, ...test.steps.map(printStep), '}'].join('\n');
}

export function printRuleFile(file: RuleFile): string {
  const sections = [`ruleset ${file.name}`, ...file.features.map(printFeature), ...file.rules.map(printRule), ...file.tests.map(printTest)];
  return `${sections.join('\n\n')}\n`;
}
