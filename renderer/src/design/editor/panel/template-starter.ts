import type { TFunction } from 'i18next';

/** The moments a step sends its message at (see MessageSection). */
export type MessageMoment = 'start' | 'enter' | 'action';

/** Plain text as mail HTML: special characters escaped, blank lines make paragraphs, other line breaks stay. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * A first template for a step, in the workflow's language (`t` fixed to it). The texts keep Handlebars
 * fields as [[Item.Subject]], so i18next leaves them alone; they become {{Item.Subject}} here.
 */
export function starterTemplate(t: TFunction, moment: MessageMoment, names: { step: string; workflow: string }) {
  const handlebars = (s: string) => s.replace(/\[\[([A-Za-z.]+)\]\]/g, '{{$1}}');
  const text = (part: 'name' | 'subject' | 'body') => handlebars(t(`editorAid.template.starters.${moment}.${part}`, names));
  return { name: text('name'), subject: text('subject'), body: text('body') };
}
