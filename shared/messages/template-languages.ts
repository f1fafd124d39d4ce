import { type Language, Languages } from '../model/common';
import type { MessageTemplate, TemplateText } from '../model/template';

/** A text that says something: a subject or a body that is more than blanks (a new template starts with empty ones). */
export const hasText = (text: TemplateText | undefined): boolean =>
  !!text && [text.subject, text.html, text.text ?? ''].some((part) => part.trim() !== '');

/** The languages a template has text in, in the app's order (nl, en, de). */
export const languagesWithText = (template: Pick<MessageTemplate, 'texts'>): Language[] =>
  Languages.filter((language) => hasText(template.texts[language]));
