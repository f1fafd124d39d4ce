import {
  blocksSending,
  everyField,
  type MailingTargetRef,
  type MessageData,
  pickerFields,
  type Recipient,
  type Rendered,
  type RenderProblem,
  renderTemplate,
} from '@shared/messages';
import type { Language } from '@shared/model/common';
import type { Sender } from '@shared/model/settings';
import type { MessageTemplate } from '@shared/model/template';
import { type MessageWorld, renderFor } from '../engine/message-world';

/** One recipient of a mailing, with the Directory entry their data comes from. */
export interface MailingRecipient {
  target: MailingTargetRef;
  recipient: Recipient;
}

/** What a mailing's copies are made with: its template, language and sender. */
export interface MailingSetup {
  template: MessageTemplate;
  language: Language;
  sender: Sender;
  /** The template is the mailing's own typed text, saved nowhere: its messages name no template. */
  typed?: boolean;
}

/** The template a mailing's messages and record name: none for its own typed text. */
export const templateRef = (setup: MailingSetup): { templateId?: string } =>
  setup.typed ? {} : { templateId: setup.template.id };

/** A recipient's copy of a mailing: the template rendered with that recipient's own data. */
export const mailingCopy = (world: MessageWorld, setup: MailingSetup, r: MailingRecipient): Rendered =>
  renderFor(
    world,
    setup.template,
    { kind: 'recipient', target: r.target },
    { language: setup.language, recipient: r.recipient, sender: setup.sender },
  );

/** The copy a mailing keeps when its copies are not recorded separately: each personal field as a placeholder. */
export function genericCopy({ template, language, sender }: MailingSetup): Rendered {
  const data: MessageData = {};
  for (const { collection, fields } of pickerFields({ kind: 'mailing' })) {
    data[collection] = Object.fromEntries(fields.map((path) => [path.slice(collection.length + 1), `[${path}]`]));
  }
  data.Sender = { Name: sender.name, Email: sender.email };
  return renderTemplate(template, language, data, null);
}

/** What the wizard shows before a mailing goes out, besides who has no address or consent. */
export interface MailingCheck {
  /** Fields the template uses that render empty, for how many of the recipients who get the mail. */
  emptyFields: { field: string; empty: number; of: number }[];
  /** Fields the template uses that no mailing has (a typo such as Contact.Nmae): they render empty for everyone. */
  unknownFields: string[];
  /** The first such recipient's copy. */
  preview?: { recipientId: string; name: string; language: Language; subject: string; html: string; text: string };
  /** Why the template cannot be sent at all. */
  problems: RenderProblem[];
}

/** The fields a copy's problems name, of one kind, each once. */
const fieldsOf = (copy: Rendered, kind: RenderProblem['kind']): Set<string> =>
  new Set(copy.problems.flatMap((p) => (p.field && p.kind === kind ? [p.field] : [])));

/**
 * Render every copy the mailing will send, as it will send it: which fields come out empty (a
 * field no mailing can fill, like Item.Subject, for all of them), which are no field at all, the
 * first copy, and whatever keeps the template from being sent.
 */
export function checkMailing(
  world: MessageWorld,
  setup: MailingSetup,
  recipients: readonly MailingRecipient[],
): MailingCheck {
  const reachable = recipients.filter((r) => !r.recipient.skip);
  const empty = new Map<string, number>();
  const unknown = new Set<string>();
  // A field of items or records renders empty in a mailing; one that no source has is a typo.
  const anyField = everyField(world.db.itemTypes);
  let preview: MailingCheck['preview'];
  for (const r of reachable) {
    const copy = mailingCopy(world, setup, r);
    const problems = copy.problems.filter(blocksSending);
    if (problems.length) return { emptyFields: [], unknownFields: [], problems };
    preview ??= {
      recipientId: r.recipient.id,
      name: r.recipient.name,
      language: setup.language,
      subject: copy.subject,
      html: copy.html,
      text: copy.text,
    };
    const notHere = fieldsOf(copy, 'unknownField');
    for (const field of [...fieldsOf(copy, 'emptyField'), ...[...notHere].filter((f) => anyField.has(f))])
      empty.set(field, (empty.get(field) ?? 0) + 1);
    for (const field of notHere) if (!anyField.has(field)) unknown.add(field);
  }
  const emptyFields = [...empty].map(([field, count]) => ({ field, empty: count, of: reachable.length }));
  return {
    emptyFields: emptyFields.sort((a, b) => b.empty - a.empty || a.field.localeCompare(b.field)),
    unknownFields: [...unknown].sort(),
    ...(preview ? { preview } : {}),
    problems: [],
  };
}
