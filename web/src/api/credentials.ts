// The API key the console sends, kept for this browser tab only (sessionStorage): it is a secret, not a preference.
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'shoumen.apiKey';
const listeners = new Set<() => void>();
/** Where storage is refused (strict privacy settings) the key lives in memory until the page closes. */
let memoryKey: string | undefined;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function apiKey(): string | undefined {
  try {
    return storage()?.getItem(STORAGE_KEY) ?? memoryKey;
  } catch {
    return memoryKey;
  }
}

export function setApiKey(key: string | undefined): void {
  memoryKey = key;
  try {
    if (key) storage()?.setItem(STORAGE_KEY, key);
    else storage()?.removeItem(STORAGE_KEY);
  } catch {
    // The in-memory copy is enough for this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useApiKey(): string | undefined {
  return useSyncExternalStore(subscribe, apiKey, () => undefined);
}
