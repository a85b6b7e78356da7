// One entity: its fused risk score with the reasons behind it, and every finding that names it.
import type { EntityType } from '../../../src/core/events/primitives.ts';
import { kindLabels } from '../../../src/core/findings/kind-labels.ts';
import { api, type EntityScore } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { FindingList } from '../findings/findings-page.tsx';
import { searchFromFilters, type FindingFilters } from '../findings/filters.ts';
import { useFindingPages } from '../findings/use-finding-pages.ts';
import { formatValue } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../routing/router.tsx';
import { paths } from '../routing/routes.ts';
import { useDocumentTitle } from '../shell/document-title.ts';
import { useRefresh } from '../shell/refresh.tsx';
import { entityTypeName, ScoreMeter } from '../ui/badges.tsx';
import { ErrorBox, Loading } from '../ui/status.tsx';

export function EntityPage({ entityType, entityId }: { entityType: EntityType; entityId: string }) {
  const { t, language } = useLanguage();
  const { generation } = useRefresh();
  const key = `${entityType}\u0000${entityId}#${generation}`;
  const score = useApi(key, (signal) => api.getScore(entityType, entityId, signal));
  const filters: FindingFilters = { entity: { type: entityType, id: entityId } };
  const findings = useFindingPages(filters, key);
  const name = entityTypeName(entityType, language);
  useDocumentTitle(`${name} ${entityId}`);
  // No finding names the entity: an expected answer, not a failure.
  const noScore = score.status === 'error' && score.error.code === 'SM_NOT_FOUND';
  return (
    <>
      <h1>
        <span className="muted">{name}</span> <span className="mono">{entityId}</span>
      </h1>
      <section aria-labelledby="score-heading">
        <h2 id="score-heading">{t('riskScore')}</h2>
        {score.status === 'loading' ? <Loading /> : null}
        {score.status === 'error' && !noScore ? <ErrorBox error={score.error} onRetry={score.reload} /> : null}
        {noScore ? <p className="empty">{t('noScore')}</p> : null}
        {score.status === 'ok' ? <ScoreCard score={score.value} /> : null}
      </section>
      <section aria-labelledby="entity-findings-heading">
        <h2 id="entity-findings-heading">{t('findingsNaming')}</h2>
        <p>
          <Link to={paths.findings(searchFromFilters(filters))}>{t('openAsList')}</Link>
        </p>
        <FindingList pages={findings} />
      </section>
    </>
  );
}

function ScoreCard({ score }: { score: EntityScore }) {
  const { t, language, pick } = useLanguage();
  return (
    <div className="score-card">
      <p className="big-score">
        <ScoreMeter score={score.score} />
      </p>
      <h3>{t('scoreReasons')}</h3>
      <table className="reasons">
        <thead>
          <tr>
            <th scope="col">{t('colKind')}</th>
            <th scope="col">{t('colMessage')}</th>
            <th scope="col" className="num">
              {t('contribution')}
            </th>
          </tr>
        </thead>
        <tbody>
          {score.reasons.map((reason) => (
            <tr key={reason.findingId}>
              <td className="nowrap">
                {pick(kindLabels[reason.kind])}
                <div className="muted small mono">{reason.code}</div>
              </td>
              <td>
                <Link to={paths.finding(reason.findingId)}>{language === 'zh' ? reason.messageZh : reason.message}</Link>
              </td>
              <td className="num">{formatValue(reason.contribution)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
