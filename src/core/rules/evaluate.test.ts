import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr } from './ast.ts';
import { costOrder } from './cost.ts';
import { compileExpr, sourceOrder, type CompileOptions, type EvalContext, type Slots } from './evaluate.ts';
import { parseExpressionText } from './expression-parser.ts';
import { eventArbitrary, exprArbitrary, featureNames, featureValuesArbitrary } from './testing/arbitraries.ts';
import { traceOf } from './trace.ts';

const featureIndex = (name: string) => featureNames.indexOf(name as (typeof featureNames)[number]);
const contextOf = (event: Record<string, unknown>, features: readonly (number | null)[]): EvalContext => ({ event, feature: (i) => features[i] ?? null });
const run = (expr: Expr, context: EvalContext, order: CompileOptions['order'] = sourceOrder) => {
  const slots: Slots = [];
  return { value: compileExpr(expr, { featureIndex, order }).evaluate(context, slots), slots };
};

function parse(text: string): Expr {
  const parsed = parseExpressionText(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('evaluation', () => {
  it('is deterministic: the same tree and context give the same value and the same trace', () => {
    fc.assert(
      fc.property(exprArbitrary, eventArbitrary, featureValuesArbitrary, (expr, event, features) => {
        const first = run(expr, contextOf(event, features));
        const second = run(structuredClone(expr), contextOf(structuredClone(event), [...features]));
        expect(second.value).toEqual(first.value);
        expect(traceOf(expr, second.slots)).toEqual(traceOf(expr, first.slots));
      }),
      { numRuns: 1_000 },
    );
  });

  it('never changes a result with the order of and/or operands (cost order, reversed, shuffled)', () => {
    const reversed = (operands: readonly Expr[]) => operands.map((_, i) => operands.length - 1 - i);
    const byCost = costOrder((name) => 4 + featureIndex(name));
    fc.assert(
      fc.property(exprArbitrary, eventArbitrary, featureValuesArbitrary, fc.integer(), (expr, event, features, seed) => {
        const context = contextOf(event, features);
        const shuffled = (operands: readonly Expr[]) =>
          operands.map((_, i) => ({ i, k: (Math.imul(i + 1, 2654435761) ^ seed) >>> 0 })).sort((a, b) => a.k - b.k).map((x) => x.i);
        const expected = run(expr, context).value;
        expect(run(expr, context, byCost).value).toEqual(expected);
        expect(run(expr, context, reversed).value).toEqual(expected);
        expect(run(expr, context, shuffled).value).toEqual(expected);
      }),
      { numRuns: 1_000 },
    );
  });

  it('is total: no tree and context makes it throw', () => {
    fc.assert(fc.property(exprArbitrary, eventArbitrary, featureValuesArbitrary, (expr, event, features) => void run(expr, contextOf(event, features))), { numRuns: 1_000 });
  });

  it('treats a missing value as null: comparisons with it are false, arithmetic with it is null', () => {
    const context = contextOf({ amount: 100 }, [null, 3, null]);
    expect(run(parse('event.missing > 1'), context).value).toBe(false);
    expect(run(parse('event.missing < 1'), context).value).toBe(false);
    expect(run(parse('event.missing + 1'), context).value).toBe(null);
    expect(run(parse('event.missing == null'), context).value).toBe(true);
    expect(run(parse('feature.f_count >= 0'), context).value).toBe(false);
    expect(run(parse('exists(feature.f_sum) and feature.f_sum == 3'), context).value).toBe(true);
    expect(run(parse('event.amount / 0'), context).value).toBe(null);
    expect(run(parse('ratio(event.amount, 0)'), context).value).toBe(null);
  });

  it('computes durations in seconds, lists, in, and functions', () => {
    const context = contextOf({ amount: 5_900, accountId: 'Acc', nested: { kind: 'merchant' }, tags: ['a', 'b'] }, [12, 0, 90]);
    expect(run(parse('feature.f_since < 2m and 10m == 600'), context).value).toBe(true);
    expect(run(parse('event.nested.kind in ["merchant", "account"]'), context).value).toBe(true);
    expect(run(parse('event.nested.kind not in ["merchant"]'), context).value).toBe(false);
    expect(run(parse('lower(event.accountId) == "acc"'), context).value).toBe(true);
    expect(run(parse('event.tags == ["a", "b"]'), context).value).toBe(true);
    expect(run(parse('stddev(3, 30, 300)'), context).value).toBe(0);
    expect(run(parse('-event.amount + 100'), context).value).toBe(-5_800);
    expect(run(parse('ip24("10.1.2.3")'), context).value).toBe('10.1.2.0/24');
  });

  it('records skipped operands in the trace when short-circuiting', () => {
    const expr = parse('feature.f_count > 100 and event.amount > 1');
    const { value, slots } = run(expr, contextOf({ amount: 5 }, [1, null, null]));
    expect(value).toBe(false);
    const trace = traceOf(expr, slots);
    expect(trace.children?.[0]).toMatchObject({ expr: 'feature.f_count > 100', value: false });
    expect(trace.children?.[1]).toMatchObject({ expr: 'event.amount > 1', skipped: true });
  });
});
