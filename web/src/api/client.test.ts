import { describe, expect, it } from 'vitest';
import { createApiClient } from './client.ts';

type Call = { url: string; init: RequestInit | undefined };

function fakeServer(respond: (url: string) => Response) {
  const calls: Call[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    return Promise.resolve(respond(url));
  };
  return { calls, client: createApiClient({ baseUrl: 'http://api', fetch, key: () => 'sk_test' }) };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('console API client', () => {
  it('sends the filters, page and headers the API documents', async () => {
    const { calls, client } = fakeServer(() => json(200, { items: [], total: 0 }));
    const result = await client.listFindings({ kind: 'contact_spam', entity: { type: 'merchant', id: 'shop/1' }, q: '加微信' }, { cursor: 'abc', limit: 20 });
    expect(result).toEqual({ ok: true, value: { items: [], total: 0 } });
    const url = new URL(calls[0]!.url);
    expect(url.pathname).toBe('/v1/findings');
    expect(Object.fromEntries(url.searchParams)).toEqual({ kind: 'contact_spam', entityType: 'merchant', entityId: 'shop/1', q: '加微信', limit: '20', cursor: 'abc' });
    expect(calls[0]!.init?.headers).toEqual({ accept: 'application/json', authorization: 'Bearer sk_test' });
  });

  it('sends no authorization header without a key', async () => {
    const calls: (RequestInit | undefined)[] = [];
    const client = createApiClient({ key: () => undefined, fetch: (_input, init) => (calls.push(init), Promise.resolve(json(200, {}))) });
    await client.me();
    expect(calls[0]?.headers).toEqual({ accept: 'application/json' });
  });

  it('encodes ids in paths so an id cannot reach another route', async () => {
    const { calls, client } = fakeServer(() => json(200, {}));
    await client.getFinding('../analysis/runs?x=1');
    await client.getScore('account', 'a b/c');
    await client.findingEvents('f#1', { offset: 50, limit: 50 });
    expect(calls.map((c) => c.url)).toEqual([
      'http://api/v1/findings/..%2Fanalysis%2Fruns%3Fx%3D1',
      'http://api/v1/scores/account/a%20b%2Fc',
      'http://api/v1/findings/f%231/events?offset=50&limit=50',
    ]);
  });

  it('returns catalog errors as values with code, message, request id and fields', async () => {
    const body = { error: { code: 'SM_VALIDATION', message: 'The request does not match the API schema.', requestId: 'r-1', details: [{ field: 'minScore', message: 'too big' }] } };
    const { client } = fakeServer(() => json(400, body));
    expect(await client.listFindings({})).toEqual({ ok: false, error: { status: 400, ...body.error } });
  });

  it('names the status when the answer is not a catalog error, and the network when nothing answered', async () => {
    const { client } = fakeServer(() => new Response('The console is not built.', { status: 503, headers: { 'x-request-id': 'r-2' } }));
    expect(await client.latestRun()).toEqual({ ok: false, error: { status: 503, code: 'HTTP_503', message: 'The console is not built.', requestId: 'r-2' } });
    const offline = createApiClient({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(await offline.startRun()).toEqual({ ok: false, error: { status: 0, code: 'NETWORK', message: 'Failed to fetch' } });
    const garbled = createApiClient({ fetch: () => Promise.resolve(new Response('<html>', { status: 200 })) });
    expect(await garbled.getFinding('x')).toMatchObject({ ok: false, error: { code: 'BAD_RESPONSE' } });
  });

  it('files a report as multipart without forcing a content type, and moves a case with a JSON body', async () => {
    const { calls, client } = fakeServer(() => json(201, {}));
    const form = new FormData();
    form.set('report', '{}');
    await client.fileReport(form);
    await client.transitionCase('case/1', 'investigate', '证据');
    expect(calls[0]!.url).toBe('http://api/v1/reports');
    expect(calls[0]!.init).toMatchObject({ method: 'POST', body: form, headers: { accept: 'application/json', authorization: 'Bearer sk_test' } });
    expect(calls[1]!.url).toBe('http://api/v1/cases/case%2F1/transitions');
    expect(calls[1]!.init).toMatchObject({ method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(calls[1]!.init!.body as string)).toEqual({ transition: 'investigate', reason: '证据' });
  });

  it('asks for the case queue with its filters and page, and encodes report and case ids', async () => {
    const { calls, client } = fakeServer(() => json(200, { items: [], total: 0 }));
    await client.listCases({ state: 'open', assignee: '张 三' }, { offset: 50, limit: 50 });
    await client.getReport('r?1');
    await client.caseHistory('c#1');
    await client.listReports();
    expect(calls.map((c) => c.url)).toEqual([
      'http://api/v1/cases?state=open&assignee=%E5%BC%A0+%E4%B8%89&limit=50&offset=50',
      'http://api/v1/reports/r%3F1',
      'http://api/v1/cases/c%231/history',
      'http://api/v1/reports?limit=500',
    ]);
  });
});
