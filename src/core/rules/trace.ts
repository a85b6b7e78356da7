// Turns the slots of one evaluation back into a tree that mirrors the expression: each node's text, its value, or "skipped".
import { z } from 'zod';
import type { Expr, Template } from './ast.ts';
import type { Slots } from './evaluate.ts';
import type { Value } from './lang-types.ts';
import { printExpr } from './printer.ts';

export const TraceValue = z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(z.union([z.number(), z.string(), z.boolean(), z.null()]))]);

/** Named (meta id), so generated API documents refer to it instead of unrolling the recursion. */
export const TraceNode = z.object({
  expr: z.string(),
  value: TraceValue.optional(),
  /** True when short-circuiting made the node unnecessary. */
  skipped: z.literal(true).optional(),
  get children() {
    return z.array(TraceNode).optional();
  },
}).meta({ id: 'TraceNode' });
export type TraceNode = z.infer<typeof TraceNode>;

function childrenOf(expr: Expr): readonly Expr[] {
  switch (expr.kind) {
    case 'list':
      return expr.items;
    case 'unary':
      return [expr.operand];
    case 'binary':
      return [expr.left, expr.right];
    case 'logical':
      return expr.operands;
    case 'call':
      return expr.args;
    default:
      return [];
  }
}

/** Rebuilds the trace from slots numbered in pre-order, the numbering the compiler uses. */
export function traceOf(expr: Expr, slots: Slots): TraceNode {
  let next = 0;
  const walk = (node: Expr): TraceNode => {
    const value = slots[next++];
    const kids = childrenOf(node);
    const children = kids.length ? kids.map(walk) : undefined;
    return { expr: printExpr(node), ...(value === undefined ? { skipped: true as const } : { value }), ...(children ? { children } : {}) };
  };
  return walk(expr);
}

/** The leaves a rule read (event fields and features) with their values: the facts a reason shows. */
export function factsOf(expr: Expr, slots: Slots): Record<string, Value> {
  const facts: Record<string, Value> = {};
  let next = 0;
  const walk = (node: Expr): void => {
    const value = slots[next++];
    if (node.kind === 'ref' && value !== undefined) facts[printExpr(node)] = value;
    childrenOf(node).forEach(walk);
  };
  walk(expr);
  return facts;
}

/** Shows a value in a message: numbers without float noise, lists in brackets, a missing value as "—". */
export function showValue(value: Value | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
  if (Array.isArray(value)) return `[${value.map((v) => showValue(v)).join(', ')}]`;
  return String(value);
}

/** Renders a message whose holes were evaluated into `values` (one per hole, in order). */
export function renderTemplate(template: Template, values: readonly Value[]): string {
  let hole = 0;
  return template.map((part) => (typeof part === 'string' ? part : showValue(values[hole++]))).join('');
}
