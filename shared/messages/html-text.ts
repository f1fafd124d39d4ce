const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

const codePoint = (name: string): string | undefined => {
  const n = /^#x[0-9a-f]+$/i.test(name)
    ? Number.parseInt(name.slice(2), 16)
    : /^#\d+$/.test(name)
      ? Number(name.slice(1))
      : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
};

/** Tags that need a pass of their own: script/style/head (dropped), links (address kept), pre (layout kept). */
export const SPECIAL = /<(?:script|style|head|a\s|pre\b)/i;

const blockEnds = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'blockquote', 'ul', 'ol', 'table']);

/** Tags to text: blocks become lines, list items bullets, entities their characters. */
const tagsToText = (source: string): string =>
  source.replace(
    /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|&(#?\w+);/g,
    (match, close: string, tag: string | undefined, entity: string | undefined) => {
      if (entity !== undefined) return entities[entity] ?? codePoint(entity) ?? match;
      const name = tag!.toLowerCase();
      if (name === 'br') return '\n';
      if (name === 'li') return close ? '' : '\n• ';
      return close && blockEnds.has(name) ? '\n' : '';
    },
  );

/** White space run together as a browser shows it (text outside `<pre>`). */
export const flowWhiteSpace = (text: string): string => text.replace(/[ \t]{2,}|\t/g, ' ').replace(/ ?\n ?/g, '\n');

/** Text outside `<pre>`: tags and entities to text, white space as a browser shows it. */
const flowText = (source: string): string => flowWhiteSpace(tagsToText(source));

/** The last touch: at most one empty line in a row, none at the start or the end. */
export const finishText = (text: string): string =>
  text
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^[ \t]*(\n[ \t]*)*\n|^[ \t]+(?=\S)/, '')
    .trimEnd();

/** A `<pre>` block keeps its spaces and line breaks (an approval's JSON payload, say), on lines of its own. */
const preText = (source: string): string => `\n${tagsToText(source).replace(/^\r?\n/, '')}\n`;

/**
 * Plain text for the text part of a mail, derived from its HTML: blocks become lines, list items
 * bullets, links keep their address, `<pre>` keeps its layout. One pass over the tags (it runs for
 * every message sent).
 */
export function htmlToText(html: string): string {
  let source = html;
  // One look for what needs a pass of its own (most mails have links, few have <pre>, <style> or <head>).
  const special = SPECIAL.test(source);
  if (special && /<(script|style|head)/i.test(source))
    source = source.replace(/<(script|style|head)[^>]*>[\s\S]*?<\/\1>/gi, '');
  if (special && /<a\s/i.test(source)) {
    source = source.replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, text: string) =>
      text.trim() === href ? href : `${text} (${href})`,
    );
  }
  const parts = special && /<pre\b/i.test(source) ? source.split(/(<pre\b[^>]*>[\s\S]*?<\/pre>)/i) : [source];
  return finishText(parts.map((part, i) => (i % 2 ? preText(part) : flowText(part))).join(''));
}
