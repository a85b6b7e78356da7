// One case: state, queue, assignee and due time; the findings behind it, notes, actions and linked reports; the moves this key may make; the hash-chained history.
import { useState } from 'react';
import { api } from '../api/client.ts';
import type { CaseView } from '../api/governance-calls.ts';
import { useApi } from '../api/use-api.ts';
import { formatTime } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../routing/router.tsx';
import { paths } from '../routing/routes.ts';
import { useDocumentTitle } from '../shell/document-title.ts';
import { useRefresh } from '../shell/refresh.tsx';
import { KindLabel, SeverityBadge } from '../ui/badges.tsx';
import { Fact } from '../ui/facts.tsx';
import { ErrorBox, Loading } from '../ui/status.tsx';
import { CaseHistory } from './case-history.tsx';
import { CaseStateBadge } from './case-state-badge.tsx';
import { TransitionPanel } from './transition-panel.tsx';

export function CasePage({ id }: { id: string }) {
  const { t } = useLanguage();
  const { generation } = useRefresh();
  // After a move the page shows the case the server answered with (no reload, so focus and the message stay) and reads the chain again.
  const [moved, setMoved] = useState<{ generation: number; view: CaseView; count: number } | undefined>();
  const view = useApi(`${id}#${generation}`, (signal) => api.getCase(id, signal));
  const history = useApi(`${id}#${generation}.${moved?.count ?? 0}`, (signal) => api.caseHistory(id, signal), { enabled: view.status !== 'loading' });
  const shown = moved?.generation === generation ? moved.view : view.status === 'ok' ? view.value : undefined;
  useDocumentTitle(t('caseTitle', { id }));
  return (
    <>
      <p>
        <Link to={paths.cases()}>{t('backToCases')}</Link>
      </p>
      {view.status === 'loading' && !shown ? <Loading /> : null}
      {view.status === 'error' ? <ErrorBox error={view.error} onRetry={view.reload} /> : null}
      {shown ? (
        <article className="finding-detail">
          <CaseHeader view={shown} />
          <TransitionPanel view={shown} onMoved={(next) => setMoved((m) => ({ generation, view: next, count: (m?.count ?? 0) + 1 }))} />
          <CaseContents view={shown} />
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">{t('history')}</h2>
            {history.status === 'loading' ? <Loading /> : null}
            {history.status === 'error' ? <ErrorBox error={history.error} onRetry={history.reload} /> : null}
            {history.status === 'ok' ? <CaseHistory history={history.value} /> : null}
          </section>
        </article>
      ) : null}
    </>
  );
}

function CaseHeader({ view }: { view: CaseView }) {
  const { t } = useLanguage();
  return (
    <header className="finding-header">
      <h1>
        <CaseStateBadge state={view.state} /> <SeverityBadge severity={view.severity} /> <KindLabel kind={view.kind} />
      </h1>
      <dl className="facts">
        <Fact label={t('colCase')} className="mono small">
          {view.id}
        </Fact>
        <Fact label={t('colQueue')} className="mono">
          {view.queue}
        </Fact>
        <Fact label={t('colAssignee')}>{view.assignee ?? t('unassigned')}</Fact>
        <Fact label={t('colDue')} className="mono">
          {formatTime(view.dueAt)}
        </Fact>
        <Fact label={t('openedAt')} className="mono">
          {formatTime(view.openedAt)}
        </Fact>
        <Fact label={t('colUpdated')} className="mono">
          {formatTime(view.updatedAt)}
        </Fact>
        <Fact label={t('colSubjects')} className="mono small">
          {view.subjects.join(', ')}
        </Fact>
      </dl>
    </header>
  );
}

function CaseContents({ view }: { view: CaseView }) {
  const { t, language } = useLanguage();
  return (
    <>
      <h2>{t('caseFindings')}</h2>
      <ul className="case-findings">
        {view.findings.map((finding) => (
          <li key={finding.id}>
            <SeverityBadge severity={finding.severity} /> <Link to={paths.finding(finding.id)}>{language === 'zh' ? finding.summaryZh : finding.summary}</Link>
          </li>
        ))}
      </ul>
      <h2>{t('notes')}</h2>
      {view.notes.length ? (
        <ul>
          {view.notes.map((note, i) => (
            <li key={i}>
              <span className="mono small">{formatTime(note.at)}</span> <span className="plain-text">{note.text}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('noNotes')}</p>
      )}
      <h2>{t('actions')}</h2>
      {view.actions.length ? (
        <ul>
          {view.actions.map((action) => (
            <li key={action.id}>
              <span className="mono small">{formatTime(action.at)}</span> <code>{action.kind}</code>{' '}
              <span className="mono">
                {action.target.type}:{action.target.id}
              </span>{' '}
              — {action.reason}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('noActions')}</p>
      )}
      {view.reportIds.length ? (
        <>
          <h2>{t('linkedReports')}</h2>
          <ul>
            {view.reportIds.map((reportId) => (
              <li key={reportId} className="mono small">
                <Link to={paths.report(reportId)}>{reportId}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
