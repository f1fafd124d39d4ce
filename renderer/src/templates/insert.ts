/** Text with `{{path}}` put in place of the selection (or at the cursor), and where the cursor goes after. */
export function insertField(
  value: string,
  start: number,
  end: number,
  path: string,
): { value: string; cursor: number } {
  // Complete a "{{Ite" being typed instead of adding a second pair of braces.
  const before = value.slice(0, start);
  const open = /\{\{([\w.]*)$/.exec(before);
  const from = open ? start - open[0].length : start;
  const token = `{{${path}}}`;
  return { value: value.slice(0, from) + token + value.slice(end), cursor: from + token.length };
}

/** The partial field after an unclosed "{{" just before the cursor, if the user is typing one. */
export const typedField = (value: string, cursor: number): string | null =>
  /\{\{([\w.]*)$/.exec(value.slice(0, cursor))?.[1] ?? null;

/** Put `{{path}}` at the cursor of `el` (at the end without one), hand the text to `apply`, the cursor after it. */
export function insertAtCursor(
  el: HTMLInputElement | HTMLTextAreaElement | null,
  current: string,
  path: string,
  apply: (value: string) => void,
): void {
  const next = insertField(current, el?.selectionStart ?? current.length, el?.selectionEnd ?? current.length, path);
  apply(next.value);
  requestAnimationFrame(() => {
    el?.focus();
    el?.setSelectionRange(next.cursor, next.cursor);
  });
}
