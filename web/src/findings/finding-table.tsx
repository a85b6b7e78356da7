// Rows of findings: severity, score, kind, summary in the current language, window and entity count; each opens its page.
import { memo } from 'react';
import type { Finding } from '../api/client.ts';
import { formatCount, formatWindow } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../routing/router.tsx';
import { paths } from '../routing/routes.ts';
import { KindLabel, ScoreMeter, SeverityBadge } from '../ui/badges.tsx';

/** Memoised: "load more" renders the new rows only, not the hundreds already on screen. */
const FindingRow = memo(function FindingRow({ finding }: { finding: Finding }) {
  const { language } = useLanguage();
  return (
    <tr data-kind={finding.kind}>
      <td>
        <SeverityBadge severity={finding.severity} />
      </td>
      <td>
        <ScoreMeter score={finding.score} />
      </td>
      <td className="nowrap">
        <KindLabel kind={finding.kind} />
      </td>
      <td className="summary">
        <Link to={paths.finding(finding.id)}>{language === 'zh' ? finding.summaryZh : finding.summary}</Link>
      </td>
      <td className="nowrap mono small">{formatWindow(finding.window.from, finding.window.to)}</td>
      <td className="num">{formatCount(finding.entities.length)}</td>
    </tr>
  );
});

export function FindingTable({ items, caption }: { items: readonly Finding[]; caption: string }) {
  const { t } = useLanguage();
  return (
    <div className="table-scroll">
      <table className="findings">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colSeverity')}</th>
            <th scope="col">{t('colScore')}</th>
            <th scope="col">{t('colKind')}</th>
            <th scope="col">{t('colSummary')}</th>
            <th scope="col">{t('colWindow')}</th>
            <th scope="col" className="num">
              {t('colEntities')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((finding) => (
            <FindingRow key={finding.id} finding={finding} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
