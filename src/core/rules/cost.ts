// Static cost of an expression, so `and`/`or` try cheap operands first; evaluation is total and pure, so the order never changes a result.
import type { Expr } from './ast.ts';

/** Reading the event is cheap; a feature reads window state (a long window merges buckets), so it costs more. */
export function costOf(expr: Expr, featureCost: (name: string) => number): number {
  switch (expr.kind) {
    case 'literal':
    case 'duration':
      return 0;
    case 'ref':
      return expr.scope === 'event' ? 1 : featureCost(expr.path[0]!);
    case 'list':
      return expr.items.reduce((sum, item) => sum + costOf(item, featureCost), 1);
    case 'unary':
      return 1 + costOf(expr.operand, featureCost);
    case 'binary':
      return 1 + costOf(expr.left, featureCost) + costOf(expr.right, featureCost);
    case 'logical':
      return expr.operands.reduce((sum, operand) => sum + costOf(operand, featureCost), 1);
    case 'call':
      return expr.args.reduce((sum, arg) => sum + costOf(arg, featureCost), 2);
  }
}

/** Cheapest first; ties keep the written order. */
export function costOrder(featureCost: (name: string) => number): (operands: readonly Expr[]) => number[] {
  return (operands) =>
    operands
      .map((operand, index) => ({ index, cost: costOf(operand, featureCost) }))
      .sort((a, b) => a.cost - b.cost || a.index - b.index)
      .map((o) => o.index);
}
