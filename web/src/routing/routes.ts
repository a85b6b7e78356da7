// The console's pages as paths: one function reads a path into a page, the builders write paths back.
import type { EntityType } from '../../../src/core/events/primitives.ts';
import { entityTypeLabels } from '../../../src/core/findings/kind-labels.ts';

export type Route =
  | { readonly page: 'findings' }
  | { readonly page: 'finding'; readonly id: string }
  | { readonly page: 'entity'; readonly entityType: EntityType; readonly entityId: string }
  | { readonly page: 'file-report' }
  | { readonly page: 'reports' }
  | { readonly page: 'report'; readonly id: string }
  | { readonly page: 'cases' }
  | { readonly page: 'case'; readonly id: string }
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

/** One-segment pages; the report form is `/report` so that no report id can ever shadow it. */
const listPages: Readonly<Record<string, 'findings' | 'file-report' | 'reports' | 'cases'>> = { findings: 'findings', report: 'file-report', reports: 'reports', cases: 'cases' };
/** `/{prefix}/{id}` pages. */
const detailPages: Readonly<Record<string, 'finding' | 'report' | 'case'>> = { findings: 'finding', reports: 'report', cases: 'case' };

/** A path segment such as `constructor` must not find an inherited property. */
const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

export function matchRoute(pathname: string): Route {
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === '')) return { page: 'findings' };
  if (parts.length === 1) {
    const page = own(listPages, parts[0]!);
    if (page) return { page };
  }
  if (parts.length === 2) {
    const page = own(detailPages, parts[0]!);
    const id = decode(parts[1]!);
    if (page && id !== undefined) return { page, id };
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
  fileReport: () => '/report',
  reports: () => '/reports',
  report: (id: string) => `/reports/${encodeURIComponent(id)}`,
  cases: (search = '') => (search ? `/cases?${search}` : '/cases'),
  case: (id: string) => `/cases/${encodeURIComponent(id)}`,
};
