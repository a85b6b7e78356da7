// Labels: what a risk team confirmed (1 = fraud, 0 = genuine), from a file or from analyst decisions, latest decision winning.
import { z } from 'zod';
import { appError, type AppError } from '../errors/catalog.ts';
import { EntityType, Id } from '../events/primitives.ts';

/** The shape of the governance LabelStore's labels (src/app/ports.ts), with source and time optional for label files. */
export const Label = z.object({
  entityType: EntityType,
  entityId: Id,
  label: z.union([z.literal(0), z.literal(1)], { message: 'must be 0 (genuine) or 1 (fraud)' }),
  tenant: z.string().min(1).optional(),
  /** Where the label came from: "file:<path>", "case:<id>", ... */
  source: z.string().min(1).optional(),
  /** ISO time of the decision; orders conflicting labels. */
  at: z.string().optional(),
});
export type Label = z.infer<typeof Label>;

export const labelKey = (tenant: string | undefined, entityType: string, entityId: string): string => `${tenant ?? ''}\u0000${entityType}\u0000${entityId}`;

/**
 * One label per entity: a later decision (by `at`, then by the order given) replaces an earlier one, so an analyst who
 * reverses a call on appeal changes the training data too, and a timed decision overrides an untimed file label.
 */
export function resolveLabels(labels: readonly Label[]): Label[] {
  const latest = new Map<string, { label: Label; order: number }>();
  labels.forEach((label, order) => {
    const key = labelKey(label.tenant, label.entityType, label.entityId);
    const seen = latest.get(key);
    if (!seen || (label.at ?? '') >= (seen.label.at ?? '')) latest.set(key, { label, order });
  });
  return [...latest.values()].sort((a, b) => a.order - b.order).map((entry) => entry.label);
}

/** A labels file as read: the good labels, and each bad line with the field and why (the good lines beside it are kept). */
export type LabelProblem = { readonly line: number; readonly field: string; readonly message: string };
export type LabelsRead = { readonly labels: Label[]; readonly problems: LabelProblem[]; readonly lines: number };

/** The problems as an error value with line-numbered details, for callers that refuse a file with bad lines. */
export function labelProblemsError(path: string, problems: readonly LabelProblem[]): AppError {
  return appError(
    'SM_VALIDATION',
    `${problems.length} bad line(s) in labels file ${path}`,
    problems.slice(0, 20).map((p) => ({ field: p.field, message: p.message, line: p.line })),
  );
}
