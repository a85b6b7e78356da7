// Small labelled values of a report: its status (and whether it is overdue), its category, its target and its outcome.
import type { ReportView } from '../api/governance-calls.ts';
import { useLanguage } from '../i18n/language.tsx';
import { outcomeLabels, reportCategoryLabels, reportStatusLabels } from '../i18n/governance-labels.ts';
import { labelIn } from '../i18n/messages.ts';
import { entityTypeName } from '../ui/badges.tsx';

export function ReportStatus({ report }: { report: Pick<ReportView, 'status' | 'overdue'> }) {
  const { t, language } = useLanguage();
  return (
    <span className="nowrap">
      <span className={`badge report-${report.status}`}>{labelIn(reportStatusLabels, report.status, language)}</span>
      {report.overdue ? <span className="badge overdue">{t('overdue')}</span> : null}
    </span>
  );
}

export function CategoryName({ category }: { category: string }) {
  const { language } = useLanguage();
  return <>{labelIn(reportCategoryLabels, category, language)}</>;
}

/** The target id was typed by the reporter: shown as text, never as a link into pages they chose. */
export function ReportTarget({ target }: { target: ReportView['target'] }) {
  const { language } = useLanguage();
  return (
    <span>
      <span className="muted">{entityTypeName(target.type, language)}</span> <span className="mono">{target.id}</span>
    </span>
  );
}

export function OutcomeText({ outcome }: { outcome: ReportView['outcome'] }) {
  const { t, language } = useLanguage();
  if (!outcome) return <span className="muted">{t('noOutcome')}</span>;
  return (
    <span>
      <b>{labelIn(outcomeLabels, outcome.result, language)}</b> {language === 'zh' ? outcome.messageZh : outcome.message}
    </span>
  );
}
