// Shapes of the rules routes: a version as listed, a version with its text and what it declares, and a backtest report.
import { z } from '@hono/zod-openapi';
import type { RuleSetRecord } from '../../../app/decide-ports.ts';
import { loadRuleSet } from '../../../core/rules/rule-set.ts';
import { printDuration } from '../../../core/rules/printer.ts';
import { Outcome } from '../../../core/rules/ast.ts';
import { EntityType, Id } from '../../../core/events/primitives.ts';

export const VersionParam = z.object({ version: z.coerce.number().int().min(1).max(1_000_000) });

export const RuleSetBody = z
  .object({
    version: z.int(), name: z.string(), status: z.enum(['draft', 'published', 'retired']), shadow: z.boolean(), checksum: z.string(),
    createdAt: z.string(), createdBy: z.string(), publishedAt: z.string().optional(),
  })
  .openapi('RuleSetVersion');

export const RuleSetDetailBody = RuleSetBody.extend({
  source: z.string(),
  features: z.array(z.object({ name: z.string(), aggregate: z.string(), keys: z.array(z.string()), window: z.string(), on: z.array(z.string()) })),
  rules: z.array(z.object({ code: z.string(), outcome: Outcome, on: z.array(z.string()), description: z.string().optional() })),
  tests: z.int(),
}).openapi('RuleSetVersionDetail');

export const present = ({ tenant: _tenant, source: _source, ...record }: RuleSetRecord): z.infer<typeof RuleSetBody> => record;

export function presentDetail(record: RuleSetRecord): z.infer<typeof RuleSetDetailBody> {
  const loaded = loadRuleSet(record.source);
  const file = loaded.ok ? loaded.value.file : { features: [], rules: [], tests: [] };
  return {
    ...present(record),
    source: record.source,
    features: file.features.map((f) => ({ name: f.name, aggregate: f.aggregate, keys: f.keys, window: printDuration(f.window), on: f.on })),
    rules: file.rules.map((r) => ({ code: r.code, outcome: r.outcome, on: r.on, ...(r.description !== undefined ? { description: r.description } : {}) })),
    tests: file.tests.length,
  };
}

export const BacktestLabel = z
  .object({ entityType: EntityType, entityId: Id, label: z.union([z.literal(0), z.literal(1)], { message: 'must be 0 (genuine) or 1 (fraud)' }), tenant: z.string().min(1).optional() })
  .openapi('BacktestLabel');

const Nullable = z.number().nullable();
export const BacktestBody = z
  .object({
    ruleSet: z.object({ name: z.string(), version: z.int() }),
    baseline: z.object({ name: z.string(), version: z.int() }).optional(),
    events: z.int(),
    outcomes: z.record(z.string(), z.int()),
    rules: z.array(z.object({ code: z.string(), outcome: Outcome, fired: z.int(), examples: z.array(z.string()) })),
    changed: z.object({ events: z.int(), examples: z.array(z.object({ eventId: z.string(), from: Outcome, to: Outcome })) }).optional(),
    labels: z.object({
      labelled: z.int(), positives: z.int(), flagged: z.int(), truePositives: z.int(), blockedPositives: z.int(), precision: Nullable, recall: Nullable,
    }).optional(),
  })
  .openapi('BacktestReport');
