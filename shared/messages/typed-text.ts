/** A Handlebars expression (`{{…}}` or `{{{…}}}`): passed on as it is; everything between is literal text. */
const EXPRESSION = /\{\{\{[\s\S]*?\}\}\}|\{\{[\s\S]*?\}\}/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const literalHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(/\n/g, '<br>');

/** One paragraph: its literal characters escaped, its merge fields left to Handlebars (which escapes their values). */
function paragraph(text: string): string {
  let html = '';
  let at = 0;
  for (const match of text.matchAll(EXPRESSION)) {
    html += literalHtml(text.slice(at, match.index)) + match[0];
    at = match.index + match[0].length;
  }
  return `<p>${html + literalHtml(text.slice(at))}</p>`;
}

/**
 * Typed text as the HTML part of a message — a mailing's own text, a new template's first text, an
 * answer mail: a blank line starts a paragraph, a line break stays one, a typed `<b>` or `&` shows
 * as typed, and `{{…}}` merge fields stay fields.
 */
export function typedTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(paragraph)
    .join('');
}
