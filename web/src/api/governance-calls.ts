// The console's calls for reports and cases: file a report (multipart), list and read reports, the case queue, a case, its chain, a move.
import type { CaseView } from '../../../src/core/cases/case-view.ts';
import type { ChainEntry } from '../../../src/core/cases/hash-chain.ts';
import type { CaseState, TransitionName } from '../../../src/core/cases/state-machine.ts';
import type { Report, ReportStatus } from '../../../src/core/reports/report.ts';
import type { ApiResult } from './client.ts';

/** What GET /v1/reports/{id} answers: a reporter-only key gets the public part, staff also get the links and grouping. */
export type ReportView = Pick<Report, 'id' | 'target' | 'category' | 'description' | 'files' | 'receivedAt' | 'dueAt' | 'status' | 'notices' | 'outcome'> &
  Partial<Pick<Report, 'groupId' | 'findingIds' | 'caseIds' | 'filedBy'>> & { readonly overdue: boolean };
export type CaseHistory = { readonly entries: readonly ChainEntry[]; readonly verified: boolean; readonly problem?: string };
export type CaseFilters = { readonly kind?: CaseView['kind']; readonly severity?: CaseView['severity']; readonly state?: CaseState; readonly assignee?: string };
export type { CaseView, ChainEntry };

type Call = <T>(method: 'GET' | 'POST', path: string, signal?: AbortSignal, body?: FormData | object) => Promise<ApiResult<T>>;

/** The reports API answers at most 500 a call, oldest first. */
export const REPORT_LIST_LIMIT = 500;

export function caseParams(filters: CaseFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['kind', 'severity', 'state', 'assignee'] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

export function governanceCalls(call: Call, download: (path: string) => Promise<ApiResult<Blob>>) {
  const caseUrl = (id: string) => `/v1/cases/${encodeURIComponent(id)}`;
  return {
    /** `form` is built by reports/report-draft.ts: a `report` JSON field and the `files`. */
    fileReport: (form: FormData) => call<ReportView>('POST', '/v1/reports', undefined, form),
    listReports: (query: { status?: ReportStatus } = {}, signal?: AbortSignal) =>
      call<{ items: ReportView[] }>('GET', `/v1/reports?${new URLSearchParams({ limit: String(REPORT_LIST_LIMIT), ...query }).toString()}`, signal),
    getReport: (id: string, signal?: AbortSignal) => call<ReportView>('GET', `/v1/reports/${encodeURIComponent(id)}`, signal),
    reportFile: (id: string, sha256: string) => download(`/v1/reports/${encodeURIComponent(id)}/files/${encodeURIComponent(sha256)}`),
    listCases: (filters: CaseFilters, page: { offset: number; limit: number }, signal?: AbortSignal) => {
      const params = caseParams(filters);
      params.set('limit', String(page.limit));
      params.set('offset', String(page.offset));
      return call<{ items: CaseView[]; total: number }>('GET', `/v1/cases?${params.toString()}`, signal);
    },
    getCase: (id: string, signal?: AbortSignal) => call<CaseView>('GET', caseUrl(id), signal),
    caseHistory: (id: string, signal?: AbortSignal) => call<CaseHistory>('GET', `${caseUrl(id)}/history`, signal),
    transitionCase: (id: string, transition: TransitionName, reason?: string) =>
      call<CaseView>('POST', `${caseUrl(id)}/transitions`, undefined, { transition, ...(reason ? { reason } : {}) }),
  };
}
