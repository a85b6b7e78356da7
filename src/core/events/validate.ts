// Validates one raw record against the contract and names every failing field.
import type { z } from 'zod';
import { err, ok, type Result } from '../result.ts';
import { eventSchemas, eventTypes, type EventType, type ShoumenEvent } from './event.ts';
import { passesCompiledCheck } from './fast-validate.ts';

export type FieldError = { readonly field: string; readonly message: string };

const knownTypes = new Set<string>(eventTypes);

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** The record's own value at an issue's path: zod 4 leaves the input out of its issues, so a missing field is read here. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): FieldError {
  if (issue.code === 'unrecognized_keys') {
    const base = fieldPath(issue.path);
    const keys = issue.keys.map((k) => (base ? `${base}.${k}` : k));
    return { field: keys.join(', '), message: `unknown field${keys.length > 1 ? 's' : ''} (not in contract v1)` };
  }
  const field = fieldPath(issue.path) || '(record)';
  if (issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined) return { field, message: 'is required' };
  return { field, message: issue.message };
}

export function validateEvent(raw: unknown): Result<ShoumenEvent, FieldError[]> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return err([{ field: '(record)', message: 'must be a JSON object' }]);
  }
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !knownTypes.has(type)) {
    const message = type === undefined ? 'is required' : `must be one of: ${eventTypes.join(', ')}`;
    return err([{ field: 'type', message }]);
  }
  // Zod's output is a copy of a valid record with the same fields, so the record itself can stand for it.
  if (passesCompiledCheck(type as EventType, raw)) return ok(raw as ShoumenEvent);
  const parsed = eventSchemas[type as EventType].safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  return err(parsed.error.issues.map((issue) => describeIssue(issue, raw)));
}
