// One report: target, category, the description as written, deadline, status, outcome and progress, and its evidence files by name and SHA-256.
import { api } from '../api/client.ts';
import type { ReportView } from '../api/governance-calls.ts';
import { useApi } from '../api/use-api.ts';
import { formatBytes, formatTime } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../routing/router.tsx';
import { paths } from '../routing/routes.ts';
import { useDocumentTitle } from '../shell/document-title.ts';
import { useRefresh } from '../shell/refresh.tsx';
import { Fact } from '../ui/facts.tsx';
import { ErrorBox, Loading } from '../ui/status.tsx';
import { EvidenceDownload } from './evidence-download.tsx';
import { CategoryName, OutcomeText, ReportStatus, ReportTarget } from './report-badges.tsx';

export function ReportPage({ id }: { id: string }) {
  const { t } = useLanguage();
  const { generation } = useRefresh();
  const report = useApi(`${id}#${generation}`, (signal) => api.getReport(id, signal));
  useDocumentTitle(t('reportTitle', { id }));
  return (
    <>
      <p>
        <Link to={paths.reports()}>{t('backToReports')}</Link>
      </p>
      {report.status === 'loading' ? <Loading /> : null}
      {report.status === 'error' ? <ErrorBox error={report.error} onRetry={report.reload} /> : null}
      {report.status === 'ok' ? <ReportDetail report={report.value} /> : null}
    </>
  );
}

function ReportDetail({ report }: { report: ReportView }) {
  const { t, language } = useLanguage();
  return (
    <article className="finding-detail">
      <header className="finding-header">
        <h1>
          {t('reportTitle', { id: '' }).trim()} <span className="mono">{report.id}</span>
        </h1>
        <dl className="facts">
          <Fact label={t('colTarget')}>
            <ReportTarget target={report.target} />
          </Fact>
          <Fact label={t('category')}>
            <CategoryName category={report.category} />
          </Fact>
          <Fact label={t('status')}>
            <ReportStatus report={report} />
          </Fact>
          <Fact label={t('receivedAt')} className="mono">
            {formatTime(report.receivedAt)}
          </Fact>
          <Fact label={t('responseDeadline')} className="mono">
            {formatTime(report.dueAt)}
          </Fact>
          <Fact label={t('outcome')}>
            <OutcomeText outcome={report.outcome} />
          </Fact>
        </dl>
      </header>
      <h2>{t('description')}</h2>
      <p className="plain-text">{report.description}</p>
      <h2>{t('evidenceFiles')}</h2>
      <EvidenceFiles reportId={report.id} files={report.files} />
      {report.notices.length ? (
        <>
          <h2>{t('notices')}</h2>
          <ul>
            {report.notices.map((notice, i) => (
              <li key={i}>
                <span className="mono small">{formatTime(notice.at)}</span> {language === 'zh' ? notice.messageZh : notice.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <StaffLinks report={report} />
    </article>
  );
}

/** File names come from the uploader: text cells only. The files are addressed by hash, which is what a regulator checks. */
function EvidenceFiles({ reportId, files }: { reportId: string; files: ReportView['files'] }) {
  const { t } = useLanguage();
  if (files.length === 0) return <p className="empty">{t('noFiles')}</p>;
  return (
    <div className="table-scroll">
      <table className="evidence-files">
        <caption className="visually-hidden">{t('evidenceFiles')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colFileName')}</th>
            <th scope="col">{t('colFileType')}</th>
            <th scope="col" className="num">
              {t('colFileSize')}
            </th>
            <th scope="col">SHA-256</th>
            <th scope="col">
              <span className="visually-hidden">{t('download')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={file.sha256}>
              <td className="file-name">{file.name}</td>
              <td className="mono small">{file.mediaType}</td>
              <td className="num">{formatBytes(file.bytes)}</td>
              <td className="mono small hash">{file.sha256}</td>
              <td>
                <EvidenceDownload reportId={reportId} file={file} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Staff keys see what the report was linked to; a reporter's view of the API leaves these out. */
function StaffLinks({ report }: { report: ReportView }) {
  const { t } = useLanguage();
  const findings = report.findingIds ?? [];
  const cases = report.caseIds ?? [];
  if (!findings.length && !cases.length) return null;
  return (
    <>
      {cases.length ? <LinkList title={t('linkedCases')} ids={cases} to={paths.case} /> : null}
      {findings.length ? <LinkList title={t('linkedFindings')} ids={findings} to={paths.finding} /> : null}
    </>
  );
}

function LinkList({ title, ids, to }: { title: string; ids: readonly string[]; to: (id: string) => string }) {
  return (
    <>
      <h2>{title}</h2>
      <ul className="entity-list">
        {ids.map((id) => (
          <li key={id} className="mono small">
            <Link to={to(id)}>{id}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
