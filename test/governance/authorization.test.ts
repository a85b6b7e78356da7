// Walks every registered /v1 route × role × own/other tenant and checks 401/403/404/2xx as the route → roles table says.
import { beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../src/core/access/principal.ts';
import { routeRoles } from '../../src/server/auth-routes.ts';
import { openTestServer, type TestClient, type TestServer } from '../support/test-app.ts';
import { PNG, SHOP, storyEvents } from './story-events.ts';

/** The story's lure review: the analysis run scores it. */
const REVIEW = 'story-rev-1';

let t: TestServer;
const asRole = new Map<Role, TestClient>();
let foreign: TestClient;
const ids: Record<string, string> = {};

/** Hono writes `:id`; the table writes `{id}` as OpenAPI does. */
const tableKey = (method: string, path: string) => `${method} ${path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;

function registeredRoutes(): string[] {
  return [...new Set(t.server.routes.filter((r) => r.path.startsWith('/v1/') && r.method !== 'ALL').map((r) => tableKey(r.method, r.path)))].sort();
}

/** A concrete path for a table entry, pointing at a real resource of the default tenant. */
function pathOf(key: string): string {
  const path = key.split(' ')[1]!;
  const base = path.split('/')[2]!;
  const idOf: Record<string, string> = { events: ids['event']!, findings: ids['finding']!, cases: ids['case']!, appeals: ids['appeal']!, reports: ids['report']!, keys: ids['key']! };
  const filled = path.replace('{id}', idOf[base] ?? 'x').replace('{sha256}', ids['file']!).replace('{merchantId}', SHOP).replace('{entityType}', 'merchant').replace('{entityId}', SHOP)
    .replace('{eventId}', ids['event']!).replace('{version}', '1').replace('{subjectType}', 'merchant').replace('{subjectId}', SHOP)
    .replace('{reviewId}', REVIEW);
  return key === 'GET /v1/actions' ? `${filled}?targetType=merchant&targetId=${SHOP}` : filled;
}

/** Bodies that fail validation on purpose: an allowed caller gets 400, proving it passed authorisation without changing anything. */
function send(client: TestClient, key: string): Promise<Response> {
  const method = key.split(' ')[0]!;
  if (method === 'GET') return client.request(pathOf(key));
  if (key === 'POST /v1/analysis/runs') return client.request(pathOf(key), { method: 'POST' });
  if (method === 'DELETE') return client.request(pathOf(key).replace(ids['key']!, 'not-a-key'), { method });
  return client.postJson(pathOf(key), { unexpected: true });
}

beforeAll(async () => {
  t = await openTestServer();
  for (const role of roles) asRole.set(role, await t.client({ roles: [role] }));
  foreign = await t.client({ tenant: 'someone-else' });
  const reporter = asRole.get('reporter')!;
  const form = new FormData();
  form.set('report', JSON.stringify({ target: { type: 'merchant', id: SHOP }, category: 'brushing', description: 'x' }));
  form.append('files', new Blob([PNG]), 's.png');
  const report = (await (await reporter.request('/v1/reports', { method: 'POST', body: form })).json()) as { id: string; files: { sha256: string }[] };
  ids['report'] = report.id;
  ids['file'] = report.files[0]!.sha256;
  const events = storyEvents();
  ids['event'] = events[0]!.id;
  await t.postJson('/v1/events', events);
  await t.request('/v1/analysis/runs', { method: 'POST' });
  const cases = (await (await t.request('/v1/cases')).json()) as { items: { id: string; subjects: string[]; findings: { id: string }[] }[] };
  const story = cases.items.find((c) => c.subjects.includes(`merchant:${SHOP}`))!;
  ids['case'] = story.id;
  ids['finding'] = story.findings[0]!.id;
  await t.postJson(`/v1/cases/${story.id}/transitions`, { transition: 'investigate' });
  await t.postJson(`/v1/cases/${story.id}/transitions`, { transition: 'confirm' });
  const deduction = (await (await t.postJson(`/v1/cases/${story.id}/actions`, { kind: 'credit_deduction', target: { type: 'merchant', id: SHOP }, reason: 'x' })).json()) as { creditEntryId: string };
  const appeal = (await (await t.postJson('/v1/appeals', { merchantId: SHOP, lineId: deduction.creditEntryId, statement: 'x' })).json()) as { id: string };
  ids['appeal'] = appeal.id;
  ids['key'] = ((await (await t.postJson('/v1/keys', { roles: ['read-only'], name: 'spare' })).json()) as { record: { id: string } }).record.id;
});

describe('authorisation of every /v1 route', () => {
  it('has a table entry for every registered route, and a route for every entry', () => {
    expect(registeredRoutes()).toEqual(Object.keys(routeRoles).sort());
  });

  it('answers 401 without a key or with a wrong one', async () => {
    for (const key of Object.keys(routeRoles)) {
      expect([key, (await send(t.anonymous(), key)).status]).toEqual([key, 401]);
    }
    const forged = await t.request('/v1/cases', { headers: { authorization: `Bearer sm_${'0'.repeat(16)}_${'A'.repeat(43)}` } });
    expect(forged.status).toBe(401);
  });

  it('answers 403 to roles the table leaves out, and lets the others through', async () => {
    const seen: string[] = [];
    for (const [key, allowed] of Object.entries(routeRoles)) {
      for (const role of roles) {
        const status = (await send(asRole.get(role)!, key)).status;
        const permitted = role === 'admin' || allowed.includes(role);
        seen.push(`${key} ${role} ${permitted ? (status === 401 || status === 403 ? `refused ${status}` : 'ok') : status === 403 ? 'ok' : `let through ${status}`}`);
      }
    }
    expect(seen.filter((line) => !line.endsWith(' ok'))).toEqual([]);
  });

  it('reaches the resource for allowed roles: reads answer 200', async () => {
    for (const [key, allowed] of Object.entries(routeRoles)) {
      if (!key.startsWith('GET ')) continue;
      const role = allowed.includes('read-only') ? 'read-only' : allowed[0] ?? 'admin';
      expect([key, role, (await send(asRole.get(role)!, key)).status]).toEqual([key, role, 200]);
    }
  });

  it('answers 404 for ids of another tenant, and lists none of its records', async () => {
    for (const key of Object.keys(routeRoles)) {
      const status = (await send(foreign, key)).status;
      if (key.includes('{')) expect([key, status]).toEqual([key, key.startsWith('GET ') || key.startsWith('DELETE ') ? 404 : expect.any(Number)]);
      else if (key.startsWith('GET ')) {
        // The actions route echoes the target it was asked about; what must be empty is its history.
        const text = key === 'GET /v1/actions' ? JSON.stringify(((await (await foreign.request(pathOf(key))).json()) as { history: unknown }).history) : await (await foreign.request(pathOf(key))).text();
        for (const id of [ids['case']!, ids['report']!, ids['appeal']!, ids['key']!, SHOP]) expect([key, text.includes(id)]).toEqual([key, false]);
      }
    }
    const moves = [
      foreign.postJson(`/v1/cases/${ids['case']}/transitions`, { transition: 'close' }),
      foreign.postJson(`/v1/cases/${ids['case']}/updates`, { kind: 'note', text: 'x' }),
      foreign.postJson(`/v1/cases/${ids['case']}/actions`, { kind: 'settlement_hold', target: { type: 'merchant', id: SHOP }, reason: 'x' }),
      foreign.postJson(`/v1/appeals/${ids['appeal']}/decision`, { decision: 'upheld', reason: 'x' }),
      foreign.postJson('/v1/appeals', { merchantId: SHOP, lineId: 'x', statement: 'x' }),
      foreign.request(`/v1/keys/${ids['key']}`, { method: 'DELETE' }),
    ];
    expect((await Promise.all(moves)).map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
  });

  it('keeps a reporter to its own reports', async () => {
    const other = await t.client({ roles: ['reporter'] });
    expect((await other.request(`/v1/reports/${ids['report']}`)).status).toBe(404);
    expect((await other.request(`/v1/reports/${ids['report']}/files/${ids['file']}`)).status).toBe(404);
    expect(((await (await other.request('/v1/reports')).json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('stops a revoked key at once', async () => {
    const temp = await t.client({ roles: ['analyst'] });
    const me = (await (await temp.request('/v1/me')).json()) as { keyId: string };
    expect((await t.request(`/v1/keys/${me.keyId}`, { method: 'DELETE' })).status).toBe(200);
    expect((await temp.request('/v1/me')).status).toBe(401);
  });
});
