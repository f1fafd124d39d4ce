import type { z } from 'zod';
import { ApiError } from '@shared/api/errors';
import type { MailingText } from '@shared/api/message-contract';
import { issueBecause } from '@shared/api/reasons';
import type { RenderProblem } from '@shared/messages';
import { typedTextToHtml } from '@shared/messages/typed-text';
import type { Language } from '@shared/model/common';
import type { MessageTemplate } from '@shared/model/template';
import type { AttachmentFiles } from '../mail/attachments';

export type TypedText = z.output<typeof MailingText>;

/**
 * The mailing's own text as a template that is never saved: one language, the typed text as its text
 * part and, escaped, as its HTML part. It then goes the way of every template: the same render, the
 * same escaping, the same checks.
 */
export function typedTemplate(text: TypedText, language: Language): MessageTemplate {
  return {
    id: 'typed-text',
    name: text.subject,
    channel: 'email',
    audience: 'external',
    texts: { [language]: { subject: text.subject, html: typedTextToHtml(text.body), text: text.body } },
    attachments: text.attachments,
    generatedPdf: false,
  };
}

/** Refused before anything is written: an attachment that was never uploaded (or is gone). */
export function refuseMissingFiles(text: TypedText, files: AttachmentFiles): void {
  const missing = text.attachments.flatMap((a, i) =>
    files.has(a.id) ? [] : [issueBecause(`text.attachments.${i}`, 'notUploaded', { name: a.name })],
  );
  if (missing.length) throw ApiError.invalidInput({ key: 'mailingNotSent' }, missing);
}

/** The merge fields a typed text uses that a mailing does not have, each once, as problems that stop it. */
export function notMergeProblems(problems: readonly RenderProblem[]): RenderProblem[] {
  const fields = new Set(problems.flatMap((p) => (p.kind === 'unknownField' && p.field ? [p.field] : [])));
  return [...fields].map((field) => ({ kind: 'unknownField', field, message: `unknown field ${field}` }));
}

/** Refused: a typed text with a field no mailing has (a typo, or an item's field): nothing is queued. */
export function refuseNotMergeFields(problems: readonly RenderProblem[]): void {
  const issues = notMergeProblems(problems).map(({ field }) =>
    issueBecause('text.body', 'notMergeField', { field: `{{${field}}}` }),
  );
  if (issues.length) throw ApiError.invalidInput({ key: 'mailingNotSent' }, issues);
}
