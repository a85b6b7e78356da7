// The value types of the rules language and the runtime values they describe; every type admits null (a missing field).
export const langTypes = ['number', 'string', 'boolean', 'null', 'unknown', 'number[]', 'string[]', 'unknown[]'] as const;
export type LangType = (typeof langTypes)[number];

export type Value = number | string | boolean | null | (number | string | boolean | null)[];

export const isListType = (t: LangType): boolean => t.endsWith('[]');
export const elementOf = (t: LangType): LangType => (t === 'number[]' ? 'number' : t === 'string[]' ? 'string' : 'unknown');
export const listOf = (t: LangType): LangType => (t === 'number' ? 'number[]' : t === 'string' ? 'string[]' : 'unknown[]');

/** Whether a value of type `actual` may stand where `wanted` is expected; unknown and null fit anywhere. */
export function fits(actual: LangType, wanted: LangType): boolean {
  if (actual === wanted || actual === 'unknown' || wanted === 'unknown' || actual === 'null') return true;
  if (isListType(actual) && isListType(wanted)) return fits(elementOf(actual), elementOf(wanted));
  return false;
}

/** The common type of two branches (coalesce, list items). */
export function unify(a: LangType, b: LangType): LangType | undefined {
  if (a === b || b === 'null') return a;
  if (a === 'null') return b;
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  if (isListType(a) && isListType(b)) return 'unknown[]';
  return undefined;
}
