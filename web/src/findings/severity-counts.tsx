// How many findings of each severity the other filters match; a count is also a one-click severity filter.
import type { Severity } from '../../../src/core/findings/finding.ts';
import { severityLabels } from '../../../src/core/findings/kind-labels.ts';
import { api, type ApiResult } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { formatCount } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { isSeverity, searchFromFilters, type FindingFilters } from './filters.ts';

const severities = Object.keys(severityLabels).filter(isSeverity).reverse() satisfies Severity[];

/** One page of one finding per severity: the API's `total` is the count, no extra endpoint needed. */
async function countBySeverity(filters: FindingFilters, signal: AbortSignal): Promise<ApiResult<Record<Severity, number>>> {
  const results = await Promise.all(severities.map((severity) => api.listFindings({ ...filters, severity }, { limit: 1 }, signal)));
  const counts = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const [i, result] of results.entries()) {
    if (!result.ok) return result;
    counts[severities[i]!] = result.value.total;
  }
  return { ok: true, value: counts };
}

type Props = { filters: FindingFilters; generation: number; onPick: (severity: Severity | undefined) => void; enabled: boolean };

/** `enabled` holds the four counts back until the list itself has loaded: the server answers one call at a time. */
export function SeverityCounts({ filters, generation, onPick, enabled }: Props) {
  const { t, pick } = useLanguage();
  const { severity: _chosen, ...others } = filters;
  const counts = useApi(`${searchFromFilters(others)}#${generation}`, (signal) => countBySeverity(others, signal), { enabled });
  if (counts.status !== 'ok') return null;
  return (
    <div className="severity-counts" role="group" aria-label={t('bySeverity')}>
      {severities.map((severity) => {
        const active = filters.severity === severity;
        return (
          <button
            key={severity}
            type="button"
            className={`chip sev-${severity}${active ? ' active' : ''}`}
            aria-pressed={active}
            onClick={() => onPick(active ? undefined : severity)}
          >
            {pick(severityLabels[severity])} <b>{formatCount(counts.value[severity])}</b>
          </button>
        );
      })}
    </div>
  );
}
