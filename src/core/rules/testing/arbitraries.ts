// fast-check generators of expressions, messages and evaluation contexts for the rules language's property tests.
import fc from 'fast-check';
import { arithmeticOps, comparisonOps, durationUnits, type Expr, type Template } from '../ast.ts';

/** A small name pool, so generated references often hit the generated event's fields. */
export const fieldNames = ['amount', 'rating', 'accountId', 'in', 'flag', 'tags', 'nested'] as const;
export const featureNames = ['f_count', 'f_sum', 'f_since'] as const;

const finiteNumber = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
const scalar = fc.oneof(finiteNumber, fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.boolean(), fc.constant(null));

const leaf: fc.Arbitrary<Expr> = fc.oneof(
  scalar.map((value) => ({ kind: 'literal' as const, value })),
  fc.record({ amount: fc.integer({ min: 1, max: 5_000 }), unit: fc.constantFrom(...durationUnits) }).map((duration) => ({ kind: 'duration' as const, duration })),
  fc.array(fc.constantFrom(...fieldNames), { minLength: 1, maxLength: 2 }).map((path) => ({ kind: 'ref' as const, scope: 'event' as const, path })),
  fc.constantFrom(...featureNames).map((name) => ({ kind: 'ref' as const, scope: 'feature' as const, path: [name] })),
);

export const exprArbitrary: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ kind: fc.constant('unary' as const), op: fc.constantFrom('not' as const, '-' as const), operand: tie('expr') }),
    fc.record({ kind: fc.constant('binary' as const), op: fc.constantFrom(...comparisonOps, ...arithmeticOps), left: tie('expr'), right: tie('expr') }),
    fc.record({ kind: fc.constant('logical' as const), op: fc.constantFrom('and' as const, 'or' as const), operands: fc.array(tie('expr'), { minLength: 2, maxLength: 4 }) }),
    fc.record({ kind: fc.constant('list' as const), items: fc.array(tie('expr'), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('call' as const), fn: fc.constantFrom('ratio', 'min', 'max', 'abs', 'exists', 'coalesce', 'lower', 'ip24', 'zz_unknown'), args: fc.array(tie('expr'), { maxLength: 3 }) }),
  ),
})).expr;

/** Messages as the parser builds them: no empty text parts and no two text parts side by side. */
export const templateArbitrary: fc.Arbitrary<Template> = fc
  .array(fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), exprArbitrary), { maxLength: 5 })
  .map((parts) => parts.reduce<Template>((out, part) => {
    const last = out[out.length - 1];
    if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part;
    else out.push(part);
    return out;
  }, []));

const jsonScalar = fc.oneof(finiteNumber, fc.string({ maxLength: 6 }), fc.boolean(), fc.constant(null));
export const eventArbitrary: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.constantFrom(...fieldNames),
  fc.oneof(jsonScalar, fc.array(jsonScalar, { maxLength: 3 }), fc.dictionary(fc.constantFrom(...fieldNames), jsonScalar, { maxKeys: 3 })),
  { maxKeys: fieldNames.length },
);
export const featureValuesArbitrary = fc.array(fc.oneof(finiteNumber, fc.constant(null)), { minLength: featureNames.length, maxLength: featureNames.length });

/** Removes source positions, which printing cannot carry, so trees compare by structure. */
export function withoutSpans<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutSpans) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'span').map(([k, v]) => [k, withoutSpans(v)])) as T;
  }
  return value;
}
