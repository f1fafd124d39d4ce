import type { TFunction } from 'i18next';

/** The moments a step sends its message at (see MessageSection). */
export type MessageMoment = 'start' | 'enter' | 'action';

/**
 * A first template for a step, in the workflow's language (`t` fixed to it). The texts keep Handlebars
 * fields as [[Item.Subject]], so i18next leaves them alone; they become {{Item.Subject}} here.
 */
export function starterTemplate(t: TFunction, moment: MessageMoment, names: { step: string; workflow: string }) {
  const handlebars = (s: string) => s.replace(/\[\[([A-Za-z.]+)\]\]/g, '{{$1}}');
  const text = (part: 'name' | 'subject' | 'body') =>
    handlebars(t(`editorAid.template.starters.${moment}.${part}`, names));
  return { name: text('name'), subject: text('subject'), body: text('body') };
}
