// The findings list: filters kept in the URL, counts, the highest scores first, and "load more" for the next page.
import type { Severity } from '../../../src/core/findings/finding.ts';
import { formatCount } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { navigate } from '../routing/router.tsx';
import { paths } from '../routing/routes.ts';
import { useDocumentTitle } from '../shell/document-title.ts';
import { useRefresh } from '../shell/refresh.tsx';
import { ErrorBox, Loading } from '../ui/status.tsx';
import { FilterBar } from './filter-bar.tsx';
import { FindingTable } from './finding-table.tsx';
import { filtersFromSearch, searchFromFilters, type FindingFilters } from './filters.ts';
import { SeverityCounts } from './severity-counts.tsx';
import { useFindingPages, type FindingPages } from './use-finding-pages.ts';

export function FindingsPage({ search }: { search: string }) {
  const { t } = useLanguage();
  const { generation } = useRefresh();
  const filters = filtersFromSearch(search);
  const canonical = searchFromFilters(filters);
  const pages = useFindingPages(filters, `${canonical}#${generation}`);
  useDocumentTitle(t('findingsTitle'));
  const show = (next: FindingFilters) => navigate(paths.findings(searchFromFilters(next)));
  const pickSeverity = (severity: Severity | undefined) => {
    const { severity: _old, ...rest } = filters;
    show(severity ? { ...rest, severity } : rest);
  };

  return (
    <>
      <h1>{t('findingsTitle')}</h1>
      {/* Remounting on a new URL puts the URL's filters back in the form (back button, shared links). */}
      <FilterBar key={canonical} filters={filters} onApply={show} />
      <div className="list-status">
        <p className="total" aria-live="polite">
          {pages.status === 'ok' ? t('total', { total: formatCount(pages.total) }) : '\u00a0'}
        </p>
        <SeverityCounts filters={filters} generation={generation} onPick={pickSeverity} enabled={pages.status !== 'loading'} />
      </div>
      <FindingList pages={pages} />
    </>
  );
}

/** Also used by the entity page for the findings that name an entity. */
export function FindingList({ pages }: { pages: FindingPages }) {
  const { t } = useLanguage();
  if (pages.status === 'loading') return <Loading />;
  if (pages.status === 'error' && pages.error) return <ErrorBox error={pages.error} onRetry={pages.reload} />;
  if (pages.items.length === 0) return <p className="empty">{t('noFindings')}</p>;
  return (
    <>
      <FindingTable items={pages.items} caption={t('findingsTitle')} />
      <div className="pager">
        <span className="muted">{t('showing', { shown: formatCount(pages.items.length), total: formatCount(pages.total) })}</span>
        {pages.hasMore ? (
          <button type="button" onClick={pages.loadMore} disabled={pages.loadingMore}>
            {pages.loadingMore ? t('loading') : t('loadMore')}
          </button>
        ) : null}
      </div>
      {pages.moreError ? <ErrorBox error={pages.moreError} onRetry={pages.loadMore} /> : null}
    </>
  );
}
