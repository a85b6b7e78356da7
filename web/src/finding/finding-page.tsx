// One finding: what it says, how sure, which detector, why (reasons), who (entities and graph) and the evidence events.
import type { Finding } from '../api/client.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { EvidenceTable } from '../evidence/evidence-table.tsx';
import { formatMetric, formatWindow } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../routing/router.tsx';
import { paths } from '../routing/routes.ts';
import { useDocumentTitle } from '../shell/document-title.ts';
import { useRefresh } from '../shell/refresh.tsx';
import { KindLabel, ScoreMeter, SeverityBadge } from '../ui/badges.tsx';
import { ErrorBox, Loading } from '../ui/status.tsx';
import { EntityGraph } from './entity-graph.tsx';
import { EntityGroups } from './entity-groups.tsx';
import { ReasonsTable } from './reasons-table.tsx';

export function FindingPage({ id }: { id: string }) {
  const { t } = useLanguage();
  const { generation } = useRefresh();
  const finding = useApi(`${id}#${generation}`, (signal) => api.getFinding(id, signal));
  useDocumentTitle(`${t('findingsTitle')} ${id}`);
  return (
    <>
      <p>
        <Link to={paths.findings()}>{t('backToList')}</Link>
      </p>
      {finding.status === 'loading' ? <Loading /> : null}
      {finding.status === 'error' ? <ErrorBox error={finding.error} onRetry={finding.reload} /> : null}
      {finding.status === 'ok' ? <FindingDetail finding={finding.value} generation={generation} /> : null}
    </>
  );
}

function FindingDetail({ finding, generation }: { finding: Finding; generation: number }) {
  const { t, language } = useLanguage();
  const metrics = Object.entries(finding.evidence.metrics);
  return (
    <article className="finding-detail">
      <header className="finding-header">
        <h1>
          <SeverityBadge severity={finding.severity} /> <KindLabel kind={finding.kind} />
        </h1>
        <p className="lead">{language === 'zh' ? finding.summaryZh : finding.summary}</p>
        <dl className="facts">
          <div>
            <dt>{t('score')}</dt>
            <dd>
              <ScoreMeter score={finding.score} />
            </dd>
          </div>
          <div>
            <dt>{t('detector')}</dt>
            <dd className="mono">{finding.detector}</dd>
          </div>
          <div>
            <dt>{t('window')}</dt>
            <dd className="mono">{formatWindow(finding.window.from, finding.window.to)}</dd>
          </div>
          <div>
            <dt>{t('findingId')}</dt>
            <dd className="mono small">{finding.id}</dd>
          </div>
        </dl>
      </header>
      <section aria-labelledby="reasons-heading">
        <h2 id="reasons-heading">{t('reasons')}</h2>
        <ReasonsTable reasons={finding.reasons} />
        {metrics.length ? (
          <dl className="metrics" aria-label={t('metrics')}>
            {metrics.map(([name, value]) => (
              <div key={name}>
                <dt className="mono">{name}</dt>
                <dd className="mono">{formatMetric(name, value)}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </section>
      <section aria-labelledby="entities-heading">
        <h2 id="entities-heading">
          {t('entities')} <span className="muted">({t('entityCount', { n: finding.entities.length })})</span>
        </h2>
        <EntityGraph entities={finding.entities} />
        <EntityGroups entities={finding.entities} />
      </section>
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t('evidence')}</h2>
        <EvidenceTable key={finding.id} findingId={finding.id} total={finding.evidence.eventIds.length} generation={generation} />
      </section>
    </article>
  );
}
