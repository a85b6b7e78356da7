// Loads one API resource for a component: loading, value or error, a reload, and no stale answer after the inputs change.
import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ApiResult } from './client.ts';

export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'error'; readonly error: ApiError };

/** `key` names the inputs: a new key starts a new request and aborts the old one, whose answer is then ignored. */
export function useApi<T>(key: string, load: (signal: AbortSignal) => Promise<ApiResult<T>>): Loaded<T> & { readonly reload: () => void } {
  const [state, setState] = useState<{ key: string; loaded: Loaded<T> }>({ key, loaded: { status: 'loading' } });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => (previous.key === key && previous.loaded.status === 'loading' ? previous : { key, loaded: { status: 'loading' } }));
    void load(controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setState({ key, loaded: result.ok ? { status: 'ok', value: result.value } : { status: 'error', error: result.error } });
    });
    return () => controller.abort();
    // `load` is a new closure each render; `key` says when its inputs really changed.
  }, [key, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const loaded = state.key === key ? state.loaded : { status: 'loading' as const };
  return { ...loaded, reload };
}
