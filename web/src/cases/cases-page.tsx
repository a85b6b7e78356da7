// The case queue: cases of the tenant soonest due first, filtered by kind, severity, state and assignee (kept in the URL), 50 a page.
import { useState } from 'react';
import { api } from '../api/client.ts';
import type { CaseView } from '../api/governance-calls.ts';
import { useApi } from '../api/use-api.ts';
import { formatCount, formatTime } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link, navigate } from '../routing/router.tsx';
import { paths } from '../routing/routes.ts';
import { useDocumentTitle } from '../shell/document-title.ts';
import { useRefresh } from '../shell/refresh.tsx';
import { KindLabel, SeverityBadge } from '../ui/badges.tsx';
import { ErrorBox, Loading } from '../ui/status.tsx';
import { CaseFilterBar } from './case-filter-bar.tsx';
import { caseFiltersFromSearch, searchFromCaseFilters } from './case-filters.ts';
import { CaseStateBadge } from './case-state-badge.tsx';

const PAGE = 50;

export function CasesPage({ search }: { search: string }) {
  const { t } = useLanguage();
  const filters = caseFiltersFromSearch(search);
  const canonical = searchFromCaseFilters(filters);
  useDocumentTitle(t('casesTitle'));
  return (
    <>
      <h1>{t('casesTitle')}</h1>
      {/* Remounting on a new URL puts the URL's filters back in the form and the queue back on its first page. */}
      <CaseFilterBar key={canonical} filters={filters} onApply={(next) => navigate(paths.cases(searchFromCaseFilters(next)))} />
      <CaseQueue key={`queue:${canonical}`} search={canonical} />
    </>
  );
}

function CaseQueue({ search }: { search: string }) {
  const { t } = useLanguage();
  const { generation } = useRefresh();
  const [offset, setOffset] = useState(0);
  const cases = useApi(`${search}@${offset}#${generation}`, (signal) => api.listCases(caseFiltersFromSearch(search), { offset, limit: PAGE }, signal));
  if (cases.status === 'loading') return <Loading />;
  if (cases.status === 'error') return <ErrorBox error={cases.error} onRetry={cases.reload} />;
  const { items, total } = cases.value;
  return (
    <>
      <div className="list-status">
        <p className="total" aria-live="polite">
          {t('caseTotal', { total: formatCount(total) })}
        </p>
      </div>
      {items.length === 0 ? <p className="empty">{t('noCases')}</p> : <CaseTable items={items} />}
      {total > PAGE ? (
        <div className="pager">
          <span className="muted">{t('evidenceRange', { from: formatCount(offset + 1), to: formatCount(offset + items.length), total: formatCount(total) })}</span>
          <span className="pager-buttons">
            <button type="button" onClick={() => setOffset(Math.max(0, offset - PAGE))} disabled={offset === 0}>
              {t('previous')}
            </button>
            <button type="button" onClick={() => setOffset(offset + PAGE)} disabled={offset + PAGE >= total}>
              {t('next')}
            </button>
          </span>
        </div>
      ) : null}
    </>
  );
}

function CaseTable({ items }: { items: readonly CaseView[] }) {
  const { t } = useLanguage();
  return (
    <div className="table-scroll">
      <table className="cases">
        <caption className="visually-hidden">{t('casesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colCase')}</th>
            <th scope="col">{t('filterState')}</th>
            <th scope="col">{t('colSeverity')}</th>
            <th scope="col">{t('colKind')}</th>
            <th scope="col">{t('colAssignee')}</th>
            <th scope="col">{t('colDue')}</th>
            <th scope="col">{t('colUpdated')}</th>
            <th scope="col" className="num">
              {t('colSubjects')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id} data-state={c.state}>
              <td className="mono small">
                <Link to={paths.case(c.id)}>{c.id}</Link>
              </td>
              <td>
                <CaseStateBadge state={c.state} />
              </td>
              <td>
                <SeverityBadge severity={c.severity} />
              </td>
              <td className="nowrap">
                <KindLabel kind={c.kind} />
              </td>
              <td>{c.assignee ?? <span className="muted">{t('unassigned')}</span>}</td>
              <td className="nowrap mono small">{formatTime(c.dueAt)}</td>
              <td className="nowrap mono small">{formatTime(c.updatedAt)}</td>
              <td className="num">{formatCount(c.subjects.length)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
