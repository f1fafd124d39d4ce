import { useEffect } from 'react';

export type ShortcutAction =
  | 'undo'
  | 'redo'
  | 'delete'
  | 'copy'
  | 'paste'
  | 'duplicate'
  | 'selectAll'
  | 'search'
  | 'layout'
  | 'fit'
  | 'deselect'
  | 'help';

/** Which editor shortcut a key press is, if any. */
export function shortcutOf(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): ShortcutAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y') return 'redo';
  if (mod && key === 'c') return 'copy';
  if (mod && key === 'v') return 'paste';
  if (mod && key === 'd') return 'duplicate';
  if (mod && key === 'a') return 'selectAll';
  if (mod && key === 'f') return 'search';
  if (mod || e.altKey) return null;
  if (key === 'delete' || key === 'backspace') return 'delete';
  if (e.shiftKey && key === 'l') return 'layout';
  if (e.shiftKey && (key === '!' || key === '1')) return 'fit';
  if (key === 'escape') return 'deselect';
  if (key === '?') return 'help';
  return null;
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Run editor shortcuts while the editor is open and no dialog is; keys typed into fields are left alone. */
export function useShortcuts(run: (action: ShortcutAction) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || document.querySelector('.backdrop')) return;
      const action = shortcutOf(e);
      if (!action) return;
      e.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);
}
