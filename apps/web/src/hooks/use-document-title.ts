import { useEffect } from 'react';

/** Sets the page's <title> (already translated by the caller). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
