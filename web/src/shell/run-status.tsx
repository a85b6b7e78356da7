// The latest detection run (when, which detectors, how much it found) and the button that runs detection now.
import { useState } from 'react';
import { api, type ApiError } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { formatCount, formatTime } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { ErrorBox } from '../ui/status.tsx';
import { useRefresh } from './refresh.tsx';

/** `canRun` is false for keys whose roles may not start a run: they see the latest run without the button. */
export function RunStatus({ canRun }: { canRun: boolean }) {
  const { t } = useLanguage();
  const { generation, bump } = useRefresh();
  const latest = useApi(`run#${generation}`, (signal) => api.latestRun(signal));
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [done, setDone] = useState<string | undefined>();

  const runNow = () => {
    setRunning(true);
    setFailure(undefined);
    setDone(undefined);
    void api.startRun().then((result) => {
      setRunning(false);
      if (!result.ok) return setFailure(result.error);
      setDone(t('runDone', { findings: formatCount(result.value.stats.findings ?? 0) }));
      bump();
    });
  };

  const run = latest.status === 'ok' ? latest.value : undefined;
  const noneYet = latest.status === 'error' && latest.error.code === 'SM_NOT_FOUND';
  return (
    <div className="run-status">
      <div className="run-info" aria-live="polite">
        <span className="muted small">{t('latestRun')}</span>
        {run ? (
          <span className="run-line">
            <b className="mono">{formatTime(run.finishedAt)}</b>{' '}
            <span className="small">{t('runStats', { findings: formatCount(run.stats.findings ?? 0), events: formatCount(run.stats.events ?? 0) })} · </span>
            <details className="run-detectors small">
              <summary>{t('detectorCount', { n: run.detectors.length })}</summary>
              <ul aria-label={t('detectors')}>
                {run.detectors.map((detector) => (
                  <li key={detector} className="mono">
                    {detector}
                  </li>
                ))}
              </ul>
            </details>
          </span>
        ) : (
          <span className="run-line small">{noneYet ? t('noRunYet') : latest.status === 'loading' ? t('loading') : '—'}</span>
        )}
        {done ? <span className="run-done small">{done}</span> : null}
      </div>
      {canRun ? (
        <button type="button" className="primary" onClick={runNow} disabled={running} aria-busy={running}>
          {running ? t('running') : t('runNow')}
        </button>
      ) : null}
      {failure ? <ErrorBox error={failure} /> : null}
      {latest.status === 'error' && !noneYet ? <ErrorBox error={latest.error} onRetry={latest.reload} /> : null}
    </div>
  );
}
