// The console's pages as paths: one function reads a path into a page, the builders write paths back.
import type { EntityType } from '../../../src/core/events/primitives.ts';
import { entityTypeLabels } from '../../../src/core/findings/kind-labels.ts';

export type Route =
  | { readonly page: 'findings' }
  | { readonly page: 'finding'; readonly id: string }
  | { readonly page: 'entity'; readonly entityType: EntityType; readonly entityId: string }
  | { readonly page: 'not-found' };

export function isEntityType(value: string): value is EntityType {
  return Object.hasOwn(entityTypeLabels, value);
}

/** Ids are opaque and may hold any character, so every segment is percent-encoded and decoded exactly once. */
function decode(segment: string): string | undefined {
  try {
    const value = decodeURIComponent(segment);
    return value.length > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

export function matchRoute(pathname: string): Route {
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1);
  if (parts.length === 0 || (parts.length === 1 && (parts[0] === '' || parts[0] === 'findings'))) return { page: 'findings' };
  if (parts.length === 2 && parts[0] === 'findings') {
    const id = decode(parts[1]!);
    if (id !== undefined) return { page: 'finding', id };
  }
  if (parts.length === 3 && parts[0] === 'entities') {
    const type = decode(parts[1]!);
    const id = decode(parts[2]!);
    if (type !== undefined && id !== undefined && isEntityType(type)) return { page: 'entity', entityType: type, entityId: id };
  }
  return { page: 'not-found' };
}

export const paths = {
  findings: (search = '') => (search ? `/?${search}` : '/'),
  finding: (id: string) => `/findings/${encodeURIComponent(id)}`,
  entity: (type: EntityType, id: string) => `/entities/${encodeURIComponent(type)}/${encodeURIComponent(id)}`,
};
