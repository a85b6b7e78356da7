// Buttons that move a case (investigate, confirm, dismiss, close, reopen), only those this key's roles may make from the current state.
import { useEffect, useId, useRef, useState } from 'react';
import type { TransitionName } from '../../../src/core/cases/transition-table.ts';
import { api, type ApiError } from '../api/client.ts';
import type { CaseView } from '../api/governance-calls.ts';
import { caseStateLabels } from '../i18n/governance-labels.ts';
import { useLanguage } from '../i18n/language.tsx';
import { useMe } from '../shell/key-gate.tsx';
import { allowedTransitions } from '../shell/permissions.ts';
import { ErrorBox } from '../ui/status.tsx';
import { transitionButtons } from './transition-buttons.ts';

/** `onMoved` gets the case as the server folded it after the move, so the page shows the server's state, not a guess. */
export function TransitionPanel({ view, onMoved }: { view: CaseView; onMoved: (view: CaseView) => void }) {
  const { t, pick } = useLanguage();
  const id = useId();
  const me = useMe();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<TransitionName | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [moved, setMoved] = useState<{ readonly text: string; readonly count: number } | undefined>();
  const said = useRef<HTMLParagraphElement>(null);
  const names = allowedTransitions(me, view.state);
  // After the move is on screen, focus goes to what happened: the pressed button is gone in the new state. An effect
  // runs after React commits; an animation frame could run before it, or late on a busy machine.
  useEffect(() => {
    if (moved) said.current?.focus();
  }, [moved]);

  const move = (name: TransitionName) => {
    setBusy(name);
    setFailure(undefined);
    void api.transitionCase(view.id, name, reason.trim() || undefined).then((result) => {
      setBusy(undefined);
      if (!result.ok) return setFailure(result.error);
      setReason('');
      setMoved((m) => ({ text: t('transitionDone', { state: pick(caseStateLabels[result.value.state]) }), count: (m?.count ?? 0) + 1 }));
      onMoved(result.value);
    });
  };

  // Keys that may make no move here (read-only, governance on an investigation) see no panel at all.
  if (!names.length && !moved && !failure) return null;
  return (
    <section className="transition-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('transitions')}</h2>
      <p role="status" className="run-done small" ref={said} tabIndex={-1}>
        {moved?.text ?? ''}
      </p>
      {names.length ? (
        <>
          <label htmlFor={`${id}-reason`}>{t('transitionReason')}</label>
          <textarea id={`${id}-reason`} rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="filter-actions">
            {names.map((name) => (
              <button key={name} type="button" className={name === 'confirm' ? 'primary' : undefined} onClick={() => move(name)} disabled={busy !== undefined} aria-busy={busy === name}>
                {pick(transitionButtons[name])}
              </button>
            ))}
          </div>
        </>
      ) : null}
      {failure ? <ErrorBox error={failure} /> : null}
    </section>
  );
}
