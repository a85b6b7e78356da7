// Loads one API resource for a component: loading, value or error, a reload, and no stale answer after the inputs change.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult } from './client.ts';

export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'error'; readonly error: ApiError };

/**
 * `key` names the inputs: a new key starts a new request and aborts the old one, whose answer is then ignored.
 * `enabled: false` holds the request back (the value on screen stays) so a more important call goes first.
 */
export function useApi<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<ApiResult<T>>,
  options: { readonly enabled?: boolean } = {},
): Loaded<T> & { readonly reload: () => void } {
  const enabled = options.enabled ?? true;
  const [state, setState] = useState<{ key: string; loaded: Loaded<T> }>({ key, loaded: { status: 'loading' } });
  const [attempt, setAttempt] = useState(0);
  const requested = useRef<string | undefined>(undefined);
  useEffect(() => {
    const request = `${key}\u0000${attempt}`;
    if (!enabled || requested.current === request) return;
    requested.current = request;
    const controller = new AbortController();
    let settled = false;
    setState((previous) => (previous.key === key ? previous : { key, loaded: { status: 'loading' } }));
    void load(controller.signal).then((result) => {
      settled = true;
      if (controller.signal.aborted) return;
      setState({ key, loaded: result.ok ? { status: 'ok', value: result.value } : { status: 'error', error: result.error } });
    });
    return () => {
      controller.abort();
      // An answer that never came must be asked for again when the effect runs next.
      if (!settled) requested.current = undefined;
    };
    // `load` is a new closure each render; `key` says when its inputs really changed.
  }, [key, attempt, enabled]);
  const reload = useCallback(() => {
    setState((previous) => ({ key: previous.key, loaded: { status: 'loading' } }));
    setAttempt((n) => n + 1);
  }, []);
  const loaded = state.key === key ? state.loaded : { status: 'loading' as const };
  return { ...loaded, reload };
}
