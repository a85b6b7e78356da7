// The rules language as data: zod schemas of the expression tree, feature declarations, rules and test cases; types are inferred.
import { z } from 'zod';
import { eventTypes } from '../events/event.ts';

/** Source offsets [start, end) of a node, for error positions; the printer ignores them. */
export const Span = z.object({ start: z.int(), end: z.int() });
export type Span = z.infer<typeof Span>;

export const durationUnits = ['s', 'm', 'h', 'd', 'w'] as const;
export const DurationUnit = z.enum(durationUnits);
export type DurationUnit = z.infer<typeof DurationUnit>;
export const UNIT_SECONDS: Record<DurationUnit, number> = { s: 1, m: 60, h: 3_600, d: 86_400, w: 604_800 };

export const Duration = z.object({ amount: z.int().min(1).max(1_000_000), unit: DurationUnit });
export type Duration = z.infer<typeof Duration>;
export const durationSeconds = (d: Duration): number => d.amount * UNIT_SECONDS[d.unit];

export const comparisonOps = ['==', '!=', '<', '<=', '>', '>=', 'in', 'not in'] as const;
export const arithmeticOps = ['+', '-', '*', '/'] as const;
export const BinaryOp = z.enum([...comparisonOps, ...arithmeticOps]);
export type BinaryOp = z.infer<typeof BinaryOp>;

export const Scalar = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export type Scalar = z.infer<typeof Scalar>;

const span = { span: Span.optional() };

export const LiteralExpr = z.object({ kind: z.literal('literal'), value: Scalar, ...span });
export const DurationExpr = z.object({ kind: z.literal('duration'), duration: Duration, ...span });
export const RefExpr = z.object({
  kind: z.literal('ref'),
  scope: z.enum(['event', 'feature']),
  path: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).min(1),
  ...span,
});

type Node<K extends string, T> = { kind: K; span?: Span | undefined } & T;
/** Recursive unions are beyond zod's type inference, so the tree type is written once here and the schema is checked against it. */
export type Expr =
  | z.infer<typeof LiteralExpr>
  | z.infer<typeof DurationExpr>
  | z.infer<typeof RefExpr>
  | Node<'list', { items: Expr[] }>
  | Node<'unary', { op: 'not' | '-'; operand: Expr }>
  | Node<'binary', { op: BinaryOp; left: Expr; right: Expr }>
  | Node<'logical', { op: 'and' | 'or'; operands: Expr[] }>
  | Node<'call', { fn: string; args: Expr[] }>;

export const Expr: z.ZodType<Expr> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    LiteralExpr,
    DurationExpr,
    RefExpr,
    z.object({ kind: z.literal('list'), items: z.array(Expr), ...span }),
    z.object({ kind: z.literal('unary'), op: z.enum(['not', '-']), operand: Expr, ...span }),
    z.object({ kind: z.literal('binary'), op: BinaryOp, left: Expr, right: Expr, ...span }),
    z.object({ kind: z.literal('logical'), op: z.enum(['and', 'or']), operands: z.array(Expr).min(2), ...span }),
    z.object({ kind: z.literal('call'), fn: z.string().regex(/^[a-z_][a-z0-9_]*$/), args: z.array(Expr), ...span }),
  ]),
);
export type ExprOf<K extends Expr['kind']> = Extract<Expr, { kind: K }>;

/** A message with `{expression}` holes that show the values a rule fired on. */
export const Template = z.array(z.union([z.string(), Expr]));
export type Template = z.infer<typeof Template>;

export const outcomes = ['allow', 'review', 'hold_settlement', 'block'] as const;
export const Outcome = z.enum(outcomes);
export type Outcome = z.infer<typeof Outcome>;

export const keyKinds = [
  'account', 'device', 'ip', 'ip24', 'phone', 'address', 'payment', 'merchant', 'item', 'keyword', 'order', 'session', 'review',
] as const;
export const KeyKind = z.enum(keyKinds);
export type KeyKind = z.infer<typeof KeyKind>;

export const aggregates = ['count', 'distinct', 'sum', 'since_last'] as const;
export const Aggregate = z.enum(aggregates);
export type Aggregate = z.infer<typeof Aggregate>;

export const EventTypeName = z.enum(eventTypes as [string, ...string[]]);

export const FeatureDecl = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  aggregate: Aggregate,
  /** What `distinct` counts or `sum` adds; absent for `count` and `since_last`. */
  value: Expr.optional(),
  keys: z.array(KeyKind).min(1),
  window: Duration,
  on: z.array(EventTypeName).min(1),
  where: Expr.optional(),
  ...span,
});
export type FeatureDecl = z.infer<typeof FeatureDecl>;

export const RuleDecl = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  description: z.string().optional(),
  /** Event types the rule looks at; empty means every type. */
  on: z.array(EventTypeName),
  when: Expr,
  outcome: Outcome,
  message: Template,
  messageZh: Template,
  ...span,
});
export type RuleDecl = z.infer<typeof RuleDecl>;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const JsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(JsonValue), z.record(z.string(), JsonValue)]),
);

export const TestStep = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('event'),
    /** Time to advance before the event (default one second). */
    advance: Duration.optional(),
    /** Sends the event `count` times, `every` apart; `{i}` in strings becomes 1, 2, 3 ... */
    repeat: z.object({ count: z.int().min(1).max(10_000), every: Duration.optional() }).optional(),
    type: EventTypeName,
    fields: z.record(z.string(), JsonValue),
    ...span,
  }),
  z.object({ kind: z.literal('expect'), outcome: Outcome, codes: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)), ...span }),
]);
export type TestStep = z.infer<typeof TestStep>;

export const TestDecl = z.object({ name: z.string().min(1), start: z.string().optional(), steps: z.array(TestStep), ...span });
export type TestDecl = z.infer<typeof TestDecl>;

export const RuleFile = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_-]*$/),
  features: z.array(FeatureDecl),
  rules: z.array(RuleDecl),
  tests: z.array(TestDecl),
});
export type RuleFile = z.infer<typeof RuleFile>;
