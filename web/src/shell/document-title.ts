// Names the browser tab after the page, so a screen reader and a row of tabs both say where the analyst is.
import { useEffect } from 'react';

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · 守门 shoumen`;
  }, [title]);
}
