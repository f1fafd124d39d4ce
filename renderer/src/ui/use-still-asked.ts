import { useCallback, useRef } from 'react';

/**
 * For a page that asks main/ again whenever its filter changes: `stillAsked(key)` says whether `key`
 * is still what the page shows, so an answer for an earlier filter that arrives after a later one is
 * dropped instead of replacing it.
 */
export function useStillAsked(key: string): (asked: string) => boolean {
  const current = useRef(key);
  current.current = key;
  return useCallback((asked: string) => current.current === asked, []);
}
