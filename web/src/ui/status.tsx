// How a page says it is loading or that a call failed: the catalog code, the message and the request id to quote.
import type { ApiError } from '../api/client.ts';
import { setApiKey } from '../api/credentials.ts';
import { useLanguage } from '../i18n/language.tsx';

export function Loading() {
  const { t } = useLanguage();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

/** Retrying helps when nothing answered or the server failed; a 4xx answer will be the same next time. */
function retryable(error: ApiError): boolean {
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

export function ErrorBox({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useLanguage();
  return (
    <div className="error-box" role="alert">
      <p className="error-title">
        {t('errorTitle')} <code className="error-code">{error.code}</code>
        {error.status > 0 ? <span className="muted"> HTTP {error.status}</span> : null}
      </p>
      <p className="error-message">{error.code === 'NETWORK' ? `${t('networkError')} (${error.message})` : error.message}</p>
      {error.details?.length ? (
        <ul className="error-details">
          {error.details.map((d, i) => (
            <li key={i}>
              <code>{d.field}</code>: {d.message}
            </li>
          ))}
        </ul>
      ) : null}
      {error.requestId ? (
        <p className="muted small">
          {t('requestId')}: <code>{error.requestId}</code>
        </p>
      ) : null}
      {error.code === 'SM_UNAUTHENTICATED' ? (
        <button type="button" onClick={() => setApiKey(undefined)}>
          {t('signIn')}
        </button>
      ) : null}
      {onRetry && retryable(error) ? (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}
