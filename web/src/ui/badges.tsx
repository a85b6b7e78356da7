// Small labelled values that recur on every page: severity, finding kind, entity type and score.
import type { Finding } from '../../../src/core/findings/finding.ts';
import { entityTypeLabels, kindLabels, severityLabels } from '../../../src/core/findings/kind-labels.ts';
import { formatScore } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { labelIn, type Language } from '../i18n/messages.ts';

export function SeverityBadge({ severity }: { severity: Finding['severity'] }) {
  const { pick } = useLanguage();
  return <span className={`badge sev-${severity}`}>{pick(severityLabels[severity])}</span>;
}

export function KindLabel({ kind }: { kind: Finding['kind'] }) {
  const { pick } = useLanguage();
  return <span className="kind">{pick(kindLabels[kind])}</span>;
}

export function entityTypeName(type: string, language: Language): string {
  return labelIn(entityTypeLabels, type, language);
}

/** The bar gives the eye a length to compare down a column; the number stays the exact value. */
export function ScoreMeter({ score }: { score: number }) {
  const percent = Math.round(Math.min(1, Math.max(0, score)) * 100);
  return (
    <span className="score">
      <span className="score-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
      <span className="score-value">{formatScore(score)}</span>
    </span>
  );
}
