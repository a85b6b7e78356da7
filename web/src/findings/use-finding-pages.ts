// The findings of one filter set, page after page: the first page loads with the view, "load more" follows the cursor.
import { useEffect, useState } from 'react';
import { api, type ApiError, type Finding } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import type { FindingFilters } from './filters.ts';

export const PAGE_SIZE = 50;

type More = { readonly key: string; readonly items: Finding[]; readonly cursor: string | undefined; readonly loading: boolean; readonly error?: ApiError };

export type FindingPages = {
  readonly status: 'loading' | 'ok' | 'error';
  readonly items: Finding[];
  readonly total: number;
  readonly error?: ApiError;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly moreError?: ApiError;
  readonly loadMore: () => void;
  readonly reload: () => void;
};

/** `key` identifies the filters (and data generation): a new key drops the pages loaded for the old one. */
export function useFindingPages(filters: FindingFilters, key: string): FindingPages {
  const first = useApi(key, (signal) => api.listFindings(filters, { limit: PAGE_SIZE }, signal));
  const [more, setMore] = useState<More | undefined>(undefined);
  useEffect(() => setMore(undefined), [key]);
  const current = more?.key === key ? more : undefined;
  const firstItems = first.status === 'ok' ? first.value.items : [];
  const cursor = current ? current.cursor : first.status === 'ok' ? first.value.nextCursor : undefined;

  const loadMore = () => {
    if (!cursor || current?.loading) return;
    const base: More = current ?? { key, items: [], cursor, loading: false };
    setMore({ ...base, loading: true });
    void api.listFindings(filters, { cursor, limit: PAGE_SIZE }).then((result) => {
      setMore((latest) => {
        if (!latest || latest.key !== key) return latest;
        if (!result.ok) return { ...base, loading: false, error: result.error };
        return { key, items: [...base.items, ...result.value.items], cursor: result.value.nextCursor, loading: false };
      });
    });
  };

  return {
    status: first.status,
    items: [...firstItems, ...(current?.items ?? [])],
    total: first.status === 'ok' ? first.value.total : 0,
    ...(first.status === 'error' ? { error: first.error } : {}),
    hasMore: first.status === 'ok' && cursor !== undefined,
    loadingMore: current?.loading ?? false,
    ...(current?.error ? { moreError: current.error } : {}),
    loadMore,
    reload: first.reload,
  };
}
