// Asks for an API key until the server accepts one, then shows the console as that key's holder (tenant and roles).
import { createContext, useContext, useId, useState, type FormEvent, type ReactNode } from 'react';
import { api, type Me } from '../api/client.ts';
import { setApiKey, useApiKey } from '../api/credentials.ts';
import { useApi, type Loaded } from '../api/use-api.ts';
import { useLanguage } from '../i18n/language.tsx';
import { labelIn } from '../i18n/messages.ts';
import { ErrorBox, Loading } from '../ui/status.tsx';
import { mayCall } from './permissions.ts';

const accessRoleLabels = {
  admin: { en: 'admin', zh: '管理员' },
  analyst: { en: 'analyst', zh: '风控分析师' },
  governance: { en: 'governance', zh: '商家治理' },
  reporter: { en: 'reporter (consumer)', zh: '举报人（消费者）' },
  'read-only': { en: 'read-only', zh: '只读' },
};

type Gate = { readonly key: string | undefined; readonly me: Loaded<Me> & { readonly reload: () => void } };

const Context = createContext<Gate | undefined>(undefined);

/** The holder of the key in use; undefined until the server has accepted a key. */
export function useMe(): Me | undefined {
  const gate = useContext(Context);
  return gate?.me.status === 'ok' ? gate.me.value : undefined;
}

/** The route table lets admins and analysts start a run (POST /v1/analysis/runs); others get no button to fail with. */
export function canRunDetection(me: Me | undefined): boolean {
  return mayCall(me, 'POST /v1/analysis/runs');
}

function SignIn({ rejected }: { rejected: boolean }) {
  const { t } = useLanguage();
  const id = useId();
  const [key, setKey] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (key.trim()) setApiKey(key.trim());
  };
  return (
    <form className="sign-in" onSubmit={submit}>
      <h1>{t('signInTitle')}</h1>
      <label htmlFor={`${id}-key`}>{t('apiKey')}</label>
      <input id={`${id}-key`} type="password" autoComplete="off" spellCheck={false} value={key} onChange={(e) => setKey(e.target.value)} aria-invalid={rejected || undefined} />
      {rejected ? (
        <p className="field-problem" role="alert">
          {t('keyRejected')} <code>SM_UNAUTHENTICATED</code>
        </p>
      ) : null}
      <button type="submit" className="primary">
        {t('signIn')}
      </button>
      <p className="muted small">{t('signInHint')}</p>
    </form>
  );
}

/** Asks the server who the stored key belongs to (GET /v1/me) whenever the key changes. */
export function KeyGate({ children }: { children: ReactNode }) {
  const key = useApiKey();
  const me = useApi(`me#${key ?? ''}`, (signal) => api.me(signal));
  return <Context value={{ key, me }}>{children}</Context>;
}

/** What the page shows instead of the console until a key is accepted: the check in progress, the form, or the failure. */
export function KeyGateView() {
  const gate = useContext(Context);
  if (!gate || gate.me.status === 'loading') return <Loading />;
  if (gate.me.status === 'error' && gate.me.error.code === 'SM_UNAUTHENTICATED') return <SignIn key={gate.key ?? ''} rejected={gate.key !== undefined} />;
  if (gate.me.status === 'error') return <ErrorBox error={gate.me.error} onRetry={gate.me.reload} />;
  return null;
}

/** Who is signed in, and the way out; shown in the header once a key is accepted. */
export function SignedIn() {
  const { t, language } = useLanguage();
  const me = useMe();
  if (!me) return null;
  return (
    <div className="signed-in small">
      <span className="muted">{t('signedInAs')}</span> <b>{me.name}</b>{' '}
      <span className="muted">({me.roles.map((role) => labelIn(accessRoleLabels, role, language)).join(', ')})</span>{' '}
      <button type="button" className="link-button" onClick={() => setApiKey(undefined)}>
        {t('signOut')}
      </button>
    </div>
  );
}
