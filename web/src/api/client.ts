// The console's one way to the API: typed calls, the request headers, and errors as values carrying the catalog code.
import type { z } from 'zod';
import type { Finding } from '../../../src/core/findings/finding.ts';
import type { Principal } from '../../../src/core/access/principal.ts';
import type { EntityType } from '../../../src/core/events/primitives.ts';
import { err, ok, type Result } from '../../../src/core/result.ts';
import type { EntityScore } from '../../../src/core/scoring/fuse.ts';
import type { ErrorBody } from '../../../src/server/errors.ts';
import type { RunBody } from '../../../src/server/routes/analysis/runs.ts';
import type { EvidencePage } from '../../../src/server/routes/findings/get-finding.ts';
import type { FindingPageBody } from '../../../src/server/routes/findings/schemas.ts';
import { filterParams, type FindingFilters } from '../findings/filters.ts';
import { apiKey } from './credentials.ts';
import { governanceCalls } from './governance-calls.ts';

export type FindingPage = z.infer<typeof FindingPageBody>;
export type EvidenceEvents = z.infer<typeof EvidencePage>;
export type AnalysisRun = z.infer<typeof RunBody>;
export type { EntityScore, Finding };
/** The holder of the presented key, as GET /v1/me describes it. */
export type Me = Omit<Principal, 'tenant'> & { readonly tenant?: string };

type ErrorPayload = z.infer<typeof ErrorBody>['error'];

/** A failed call: the catalog code and message from the server, or NETWORK / HTTP_<status> when none came back. */
export type ApiError = {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly requestId?: string;
  readonly details?: ErrorPayload['details'];
};
export type ApiResult<T> = Result<T, ApiError>;

/** Headers of every call: the API key (a Bearer token naming the caller's tenant and roles) goes here, and only here. */
export function requestHeaders(key: string | undefined): Record<string, string> {
  return { accept: 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) };
}

export type ApiClient = ReturnType<typeof createApiClient>;

type ClientOptions = { readonly baseUrl?: string; readonly fetch?: typeof fetch; readonly key?: () => string | undefined };

export function createApiClient(options: ClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '';
  const key = options.key ?? apiKey;
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  /** A FormData body gets its multipart boundary from fetch itself; any other body is sent as JSON. `read` takes a 2xx answer. */
  async function exchange<T>(method: 'GET' | 'POST', path: string, read: (response: Response) => Promise<ApiResult<T>>, signal?: AbortSignal, body?: FormData | object): Promise<ApiResult<T>> {
    let response: Response;
    const headers = requestHeaders(key());
    const payload = body === undefined ? {} : body instanceof FormData ? { body } : { body: JSON.stringify(body), headers: { ...headers, 'content-type': 'application/json' } };
    try {
      response = await send(`${baseUrl}${path}`, { method, headers, ...payload, ...(signal ? { signal } : {}) });
    } catch (error) {
      const aborted = signal?.aborted === true;
      return err({ status: 0, code: aborted ? 'ABORTED' : 'NETWORK', message: error instanceof Error ? error.message : String(error) });
    }
    if (response.ok) return read(response);
    return err(errorOf(response, await response.text().catch(() => '')));
  }

  const readJson = async <T,>(response: Response): Promise<ApiResult<T>> => {
    const text = await response.text().catch(() => '');
    try {
      return ok(JSON.parse(text) as T);
    } catch {
      return err({ status: response.status, code: 'BAD_RESPONSE', message: 'The server answered with something that is not JSON.' });
    }
  };

  const call = <T,>(method: 'GET' | 'POST', path: string, signal?: AbortSignal, body?: FormData | object) => exchange<T>(method, path, readJson, signal, body);
  /** Bytes, e.g. an evidence file: the key must travel in a header, which a plain link cannot carry. */
  const download = (path: string) => exchange('GET', path, async (response) => ok(await response.blob()));

  return {
    listFindings: (filters: FindingFilters, page: { cursor?: string; limit?: number } = {}, signal?: AbortSignal) => {
      const params = filterParams(filters);
      params.set('limit', String(page.limit ?? 50));
      if (page.cursor) params.set('cursor', page.cursor);
      return call<FindingPage>('GET', `/v1/findings?${params.toString()}`, signal);
    },
    getFinding: (id: string, signal?: AbortSignal) => call<Finding>('GET', `/v1/findings/${encodeURIComponent(id)}`, signal),
    findingEvents: (id: string, page: { offset: number; limit: number }, signal?: AbortSignal) =>
      call<EvidenceEvents>('GET', `/v1/findings/${encodeURIComponent(id)}/events?offset=${page.offset}&limit=${page.limit}`, signal),
    getScore: (type: EntityType, id: string, signal?: AbortSignal) =>
      call<EntityScore>('GET', `/v1/scores/${encodeURIComponent(type)}/${encodeURIComponent(id)}`, signal),
    latestRun: (signal?: AbortSignal) => call<AnalysisRun>('GET', '/v1/analysis/runs/latest', signal),
    startRun: () => call<AnalysisRun>('POST', '/v1/analysis/runs'),
    me: (signal?: AbortSignal) => call<Me>('GET', '/v1/me', signal),
    ...governanceCalls(call, download),
  };
}

function errorOf(response: Response, text: string): ApiError {
  try {
    const body = JSON.parse(text) as { error?: Partial<ErrorPayload> };
    const e = body.error;
    if (e && typeof e.code === 'string' && typeof e.message === 'string') {
      return {
        status: response.status,
        code: e.code,
        message: e.message,
        ...(typeof e.requestId === 'string' ? { requestId: e.requestId } : {}),
        ...(Array.isArray(e.details) ? { details: e.details } : {}),
      };
    }
  } catch {
    // Not a catalog error body (a proxy page, the "console not built" text): fall through to the status.
  }
  const requestId = response.headers.get('x-request-id');
  return {
    status: response.status,
    code: `HTTP_${response.status}`,
    message: text.trim().slice(0, 300) || response.statusText || 'The server refused the request.',
    ...(requestId ? { requestId } : {}),
  };
}

export const api: ApiClient = createApiClient();
