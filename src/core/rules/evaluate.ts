// Compiles an expression to closures that record each node's value in a slot, so one fast pass also yields the trace.
import { durationSeconds, type Expr } from './ast.ts';
import { functions } from './functions.ts';
import type { Value } from './lang-types.ts';

export type EvalContext = {
  readonly event: Readonly<Record<string, unknown>>;
  /** The value of a declared feature for this event (null when it has no data). */
  feature(index: number): number | null;
};

/** One value per node in pre-order; undefined marks a node that short-circuiting skipped. */
export type Slots = (Value | undefined)[];

export type Evaluator = (context: EvalContext, slots: Slots) => Value;

export type CompileOptions = {
  readonly featureIndex: (name: string) => number;
  /** The order in which `and`/`or` try their operands; results do not depend on it, only the work done. */
  readonly order: (operands: readonly Expr[]) => readonly number[];
};

export type CompiledExpr = { readonly evaluate: Evaluator; readonly size: number };

export const isTrue = (v: Value | undefined): boolean => v === true;

function scalar(raw: unknown): Value {
  if (typeof raw === 'string' || typeof raw === 'boolean' || raw === null) return raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (Array.isArray(raw)) return raw.map((item: unknown) => (typeof item === 'object' ? null : (item as string | number | boolean)));
  return null;
}

export function equalValues(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

const number = (v: Value): v is number => typeof v === 'number';
const finite = (n: number): Value => (Number.isFinite(n) ? n : null);

function binary(op: Extract<Expr, { kind: 'binary' }>['op'], a: Value, b: Value): Value {
  switch (op) {
    case '==':
      return equalValues(a, b);
    case '!=':
      return !equalValues(a, b);
    case '<':
      return number(a) && number(b) && a < b;
    case '<=':
      return number(a) && number(b) && a <= b;
    case '>':
      return number(a) && number(b) && a > b;
    case '>=':
      return number(a) && number(b) && a >= b;
    case 'in':
      return a !== null && !Array.isArray(a) && Array.isArray(b) && b.includes(a);
    case 'not in':
      return a !== null && !Array.isArray(a) && Array.isArray(b) && !b.includes(a);
    case '+':
      return number(a) && number(b) ? finite(a + b) : null;
    case '-':
      return number(a) && number(b) ? finite(a - b) : null;
    case '*':
      return number(a) && number(b) ? finite(a * b) : null;
    case '/':
      return number(a) && number(b) && b !== 0 ? finite(a / b) : null;
  }
}

export function compileExpr(expr: Expr, options: CompileOptions): CompiledExpr {
  let next = 0;
  const build = (node: Expr): Evaluator => {
    const id = next++;
    const record = (compute: Evaluator): Evaluator => (context, slots) => (slots[id] = compute(context, slots));
    switch (node.kind) {
      case 'literal': {
        const value = node.value;
        return record(() => value);
      }
      case 'duration': {
        const seconds = durationSeconds(node.duration);
        return record(() => seconds);
      }
      case 'ref': {
        if (node.scope === 'feature') {
          const index = options.featureIndex(node.path[0]!);
          return record((context) => context.feature(index));
        }
        const [first, ...rest] = node.path as [string, ...string[]];
        if (rest.length === 0) return record((context) => scalar(context.event[first]));
        return record((context) => {
          let value: unknown = context.event[first];
          for (const key of rest) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
          return scalar(value);
        });
      }
      case 'list': {
        const items = node.items.map(build);
        return record((context, slots) => items.map((item) => item(context, slots)) as Value);
      }
      case 'unary': {
        const operand = build(node.operand);
        return node.op === 'not'
          ? record((context, slots) => !isTrue(operand(context, slots)))
          : record((context, slots) => {
              const v = operand(context, slots);
              return typeof v === 'number' ? -v : null;
            });
      }
      case 'logical': {
        const compiled = node.operands.map(build);
        const ordered = options.order(node.operands).map((i) => compiled[i]!);
        const stopOn = node.op === 'or';
        return record((context, slots) => {
          for (const operand of ordered) if (isTrue(operand(context, slots)) === stopOn) return stopOn;
          return !stopOn;
        });
      }
      case 'binary': {
        const left = build(node.left);
        const right = build(node.right);
        const op = node.op;
        return record((context, slots) => binary(op, left(context, slots), right(context, slots)));
      }
      case 'call': {
        const args = node.args.map(build);
        const apply = functions[node.fn]?.apply ?? (() => null);
        return record((context, slots) => apply(args.map((arg) => arg(context, slots))));
      }
    }
  };
  const evaluate = build(expr);
  return { evaluate, size: next };
}

/** Source order: the operands as written. */
export const sourceOrder = (operands: readonly Expr[]): number[] => operands.map((_, i) => i);
