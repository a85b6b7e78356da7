// "My reports": each report the key filed with its status, response deadline and, once closed, the outcome; staff may widen it to the tenant's.
import { useId, useState } from 'react';
import { api } from '../api/client.ts';
import { REPORT_LIST_LIMIT, type ReportView } from '../api/governance-calls.ts';
import { useApi } from '../api/use-api.ts';
import { formatTime } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../routing/router.tsx';
import { paths } from '../routing/routes.ts';
import { useDocumentTitle } from '../shell/document-title.ts';
import { useMe } from '../shell/key-gate.tsx';
import { isReporterOnly, mayCall } from '../shell/permissions.ts';
import { useRefresh } from '../shell/refresh.tsx';
import { ErrorBox, Loading } from '../ui/status.tsx';
import { CategoryName, OutcomeText, ReportStatus, ReportTarget } from './report-badges.tsx';
import { shownReports } from './report-list.ts';

export function ReportsPage() {
  const { t } = useLanguage();
  const id = useId();
  const me = useMe();
  const { generation } = useRefresh();
  const [mineOnly, setMineOnly] = useState(true);
  const reports = useApi(`reports#${generation}`, (signal) => api.listReports({}, signal));
  useDocumentTitle(t('reportsTitle'));
  return (
    <>
      <h1>{t('reportsTitle')}</h1>
      <div className="list-status">
        {mayCall(me, 'POST /v1/reports') ? <Link to={paths.fileReport()}>{t('fileReportTitle')}</Link> : <span />}
        {isReporterOnly(me) ? null : (
          <label htmlFor={`${id}-mine`} className="check">
            <input id={`${id}-mine`} type="checkbox" checked={mineOnly} onChange={(e) => setMineOnly(e.target.checked)} /> {t('onlyMine')}
          </label>
        )}
      </div>
      {reports.status === 'loading' ? <Loading /> : null}
      {reports.status === 'error' ? <ErrorBox error={reports.error} onRetry={reports.reload} /> : null}
      {reports.status === 'ok' ? (
        <>
          <ReportTable items={shownReports(reports.value.items, me, mineOnly && !isReporterOnly(me))} />
          {reports.value.items.length >= REPORT_LIST_LIMIT ? <p className="muted small">{t('reportsCapped', { n: REPORT_LIST_LIMIT })}</p> : null}
        </>
      ) : null}
    </>
  );
}

function ReportTable({ items }: { items: readonly ReportView[] }) {
  const { t } = useLanguage();
  if (items.length === 0) return <p className="empty">{t('noReports')}</p>;
  return (
    <div className="table-scroll">
      <table className="reports">
        <caption className="visually-hidden">{t('reportsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colReport')}</th>
            <th scope="col">{t('colTarget')}</th>
            <th scope="col">{t('colCategory')}</th>
            <th scope="col">{t('colReceived')}</th>
            <th scope="col">{t('responseDeadline')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('colOutcome')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((report) => (
            <tr key={report.id} data-status={report.status}>
              <td className="mono small">
                <Link to={paths.report(report.id)}>{report.id}</Link>
              </td>
              <td>
                <ReportTarget target={report.target} />
              </td>
              <td className="nowrap">
                <CategoryName category={report.category} />
              </td>
              <td className="nowrap mono small">{formatTime(report.receivedAt)}</td>
              <td className="nowrap mono small">{formatTime(report.dueAt)}</td>
              <td>
                <ReportStatus report={report} />
              </td>
              <td>{report.status === 'closed' ? <OutcomeText outcome={report.outcome} /> : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
