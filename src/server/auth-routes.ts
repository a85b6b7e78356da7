// The one table of which roles may call each /v1 route; admin may call all. A route missing here cannot be called at all.
import type { Role } from '../core/access/principal.ts';

const READERS: readonly Role[] = ['analyst', 'governance', 'read-only'];
const WORKERS: readonly Role[] = ['analyst', 'governance'];
const REPORTS: readonly Role[] = ['reporter', 'analyst', 'governance', 'read-only'];

/** `METHOD path` with OpenAPI-style `{param}` segments → the roles allowed besides admin. */
export const routeRoles: Readonly<Record<string, readonly Role[]>> = {
  'POST /v1/events': ['analyst'],
  'GET /v1/events/{id}': READERS,
  'GET /v1/findings': READERS,
  'GET /v1/findings/{id}': READERS,
  'GET /v1/findings/{id}/events': READERS,
  'GET /v1/scores/{entityType}/{entityId}': READERS,
  'GET /v1/scores/review/{reviewId}': READERS,
  // Trusted ratings are what shoppers are shown, so reporters (consumers) may read them too.
  'GET /v1/ratings/{subjectType}/{subjectId}': REPORTS,
  // A run reads the caller's tenant and writes findings that open cases, so only analysts (and admins) start one.
  'POST /v1/analysis/runs': ['analyst'],
  'GET /v1/analysis/runs/latest': READERS,
  'GET /v1/cases': READERS,
  'GET /v1/cases/{id}': READERS,
  'GET /v1/cases/{id}/history': READERS,
  'POST /v1/cases/{id}/transitions': WORKERS,
  'POST /v1/cases/{id}/updates': WORKERS,
  'POST /v1/cases/{id}/actions': WORKERS,
  'GET /v1/cases/{id}/evidence': ['governance'],
  'GET /v1/actions': READERS,
  'GET /v1/credit': READERS,
  'GET /v1/credit/{merchantId}': READERS,
  'POST /v1/inspections': ['governance'],
  'POST /v1/appeals': ['governance'],
  'GET /v1/appeals/{id}': READERS,
  'POST /v1/appeals/{id}/decision': ['governance'],
  'POST /v1/reports': ['reporter', 'analyst', 'governance'],
  'GET /v1/reports': REPORTS,
  'GET /v1/reports/{id}': REPORTS,
  'GET /v1/reports/{id}/files/{sha256}': REPORTS,
  'GET /v1/keys': [],
  'POST /v1/keys': [],
  'DELETE /v1/keys/{id}': [],
  'GET /v1/audit': [],
  'GET /v1/me': ['analyst', 'governance', 'reporter', 'read-only'],
  // Real time (docs/rules.md): integrations decide with an analyst or admin key; rules change only by analysts.
  'POST /v1/decide': ['analyst'],
  'GET /v1/decisions': READERS,
  'GET /v1/decisions/{eventId}': READERS,
  'GET /v1/rules': READERS,
  'GET /v1/rules/{version}': READERS,
  'POST /v1/rules': ['analyst'],
  'POST /v1/rules/{version}/publish': ['analyst'],
  'POST /v1/rules/{version}/shadow': ['analyst'],
  'POST /v1/rules/{version}/backtest': ['analyst'],
  'GET /v1/settlements/holds': READERS,
  'POST /v1/settlements/holds/{id}/release': WORKERS,
};

type CompiledRule = { readonly key: string; readonly method: string; readonly pattern: RegExp; readonly roles: readonly Role[] };

const compiled: readonly CompiledRule[] = Object.entries(routeRoles).map(([key, roles]) => {
  const [method, path] = key.split(' ') as [string, string];
  const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`);
  return { key, method, pattern, roles };
});

/** Routes without parameters by "METHOD path": most calls (POST /v1/decide, /v1/events) skip the scan of every pattern. */
const exact = new Map(compiled.filter((r) => !r.key.includes('{')).map((r) => [r.key, r]));

/** The rule for a request, or undefined when no route of the table matches (the caller then gets 404). */
export function ruleFor(method: string, path: string): { key: string; roles: readonly Role[] } | undefined {
  const verb = method === 'HEAD' ? 'GET' : method;
  const rule = exact.get(`${verb} ${path}`) ?? compiled.find((r) => r.method === verb && r.pattern.test(path));
  return rule ? { key: rule.key, roles: rule.roles } : undefined;
}
