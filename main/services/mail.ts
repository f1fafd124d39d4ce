import type { Caller } from '@shared/api/caller';
import type { z } from 'zod';
import { ApiError } from '@shared/api/errors';
import { issueBecause } from '@shared/api/reasons';
import type { MailingStatus, MailingTarget, SenderOverride } from '@shared/api/message-contract';
import { blocksSending, type Recipient, type Rendered } from '@shared/messages';
import type { Language } from '@shared/model/common';
import type { Addressee } from '@shared/model/message-setting';
import type { OutboxMessage } from '@shared/model/message';
import type { Sender, SmtpSettings } from '@shared/model/settings';
import type { MessageTemplate } from '@shared/model/template';
import type { Outbox, MessageDraft } from '../mail/outbox';
import type { OutboxStore } from '../mail/outbox-store';
import type { MessageFilter, MessageHistory } from '../mail/message-history';
import { smtpTransport } from '../mail/transport';
import type { AttachmentFiles } from '../mail/attachments';
import { renderPdf } from '../mail/pdf';
import { recipientField } from '../mail/recipient-field';
import { messageDraft } from '../mail/message-draft';
import type { Store } from '../store/store';
import type { Clock } from '../clock';
import { languageFor, type MessageWorld } from '../engine/message-world';
import {
  checkMailing,
  genericCopy,
  mailingCopy,
  type MailingRecipient,
  type MailingSetup,
  templateRef,
} from './mailing-copies';
import { mailingRecipient } from './mailing-recipients';
import { sentTo } from './recipient-filter';
import type { MessagePreview, SourceChoice } from './message-preview';
import {
  notMergeProblems,
  refuseMissingFiles,
  refuseNotMergeFields,
  type TypedText,
  typedTemplate,
} from './mailing-text';

type Target = z.output<typeof MailingTarget>;
type From = z.output<typeof SenderOverride>;
/** A saved template, or the mailing's own typed text: exactly one of the two. */
type MailingChoice = { templateId?: string; text?: TypedText };
type MailingInput = MailingChoice & { targets: Target[]; senderId?: string; language?: Language; from?: From };
type ExampleInput = SourceChoice & {
  template: MessageTemplate;
  language: Language;
  senderId?: string;
  addressee?: Addressee;
};

export interface MailDeps {
  store: Store;
  world: MessageWorld;
  previews: MessagePreview;
  outboxStore: OutboxStore;
  outbox: Outbox;
  history: MessageHistory;
  newId: () => string;
  smtpFromEnvironment?: string;
  files: AttachmentFiles;
  clock: Clock;
}

/** Refused before anything is written: a template that does not compile or goes over a limit. */
function refuseBroken(template: MessageTemplate, language: Language, rendered: Pick<Rendered, 'problems'>): void {
  const stop = rendered.problems.find(blocksSending);
  if (!stop) return;
  const path = `template.texts.${language}.${stop.part ?? 'html'}`;
  throw ApiError.invalidInput(`“${template.name}” cannot be sent`, [{ path, message: stop.message }]);
}

/** The sender as the one recipient of an example. */
const senderAsRecipient = (from: Sender): Recipient => ({
  kind: 'user',
  id: 'sender',
  name: from.name,
  email: from.email,
  external: false,
  resolution: { address: from.email, chain: [] },
});

export function createMailService(deps: MailDeps) {
  const { store, world, previews, outboxStore, outbox, history, newId, smtpFromEnvironment, files, clock } = deps;
  const sender = (senderId?: string): Sender => {
    const { senders, defaultSenderId } = store.data.settings;
    const found = senders.find((s) => s.id === (senderId ?? defaultSenderId)) ?? senders[0];
    if (!found) throw ApiError.because('conflict', 'noSender');
    return found;
  };

  /** The sender, with this mailing's own name and address; the address must be one of the configured senders'. */
  const senderWith = (senderId?: string, from?: From): Sender => {
    const chosen = sender(senderId);
    if (!from) return chosen;
    const known = store.data.settings.senders.some((s) => s.email.toLowerCase() === from.email.toLowerCase());
    if (!known) {
      const issue = { path: 'from.email', message: 'is not one of the sender addresses under Settings → Mail' };
      throw ApiError.invalidInput(`A mailing cannot be sent from ${from.email}`, [issue]);
    }
    return { ...chosen, name: from.name, email: from.email };
  };

  /** Contacts, organisations and persons as mail recipients, with why some cannot get mail. */
  const recipientsOf = (targets: Target[]): MailingRecipient[] =>
    targets.map((target) => ({ target, recipient: mailingRecipient(store.data.directory, target) }));

  const mailingRecord = (mailingId: string) => {
    const record = outboxStore.data.mailings.find((m) => m.id === mailingId);
    if (!record) throw ApiError.because('not_found', 'notFound', { thing: 'mailing', id: mailingId });
    return record;
  };

  const draftFor = async (
    template: MessageTemplate,
    rendered: Rendered,
    language: Language,
    recipient: Recipient,
    from: Sender,
    source: MessageDraft['source'],
  ): Promise<MessageDraft> => {
    // The generated attachment: this recipient's rendered message as a read-only PDF.
    const wanted = template.generatedPdf && !recipient.skip;
    const pdf = wanted ? await renderPdf({ title: rendered.subject, text: rendered.text, author: from.name }) : null;
    const generated = pdf ? [await files.add(`${template.name}.pdf`, 'application/pdf', pdf)] : [];
    return messageDraft({
      from,
      to: recipientField(recipient),
      ...(recipient.skip ? { skip: recipient.skip } : {}),
      language,
      rendered,
      attachments: [...template.attachments, ...generated],
      source,
    });
  };

  /** A mailing's template (saved, or made of its typed text), language and sender. */
  const setupOf = (input: Omit<MailingInput, 'targets'>): MailingSetup => {
    const { templateId, text, senderId, language, from } = input;
    if (!templateId === !text)
      throw ApiError.invalidInput({ key: 'mailingNotSent' }, [issueBecause('templateId', 'templateOrText')]);
    if (text) {
      refuseMissingFiles(text, files);
      const own = language ?? store.data.settings.language;
      return { template: typedTemplate(text, own), language: own, sender: senderWith(senderId, from), typed: true };
    }
    const template = store.data.templates.find((t) => t.id === templateId);
    if (!template) throw ApiError.because('not_found', 'notFound', { thing: 'template', id: templateId ?? '' });
    // A language chosen for the mailing must be one of the template's: no copy goes out in another one unasked.
    if (language && !template.texts[language]) {
      const issue = { path: 'language', message: `the template has no text in ${language}` };
      throw ApiError.invalidInput(`The template "${template.name}" has no text in ${language}.`, [issue]);
    }
    const chosen = languageFor(template, language ?? store.data.settings.language);
    return { template, language: chosen, sender: senderWith(senderId, from) };
  };

  return {
    /** The history, newest first: outbox.json and the monthly archive. */
    list: ({ recipient, ...filter }: MessageFilter & { recipient?: Target }): Promise<OutboxMessage[]> =>
      history.list(recipient ? { ...filter, recipients: sentTo(store.data.directory, recipient) } : filter),

    /** The copy the preview shows (same source, same addressee), sent to the sender's own address only. */
    async sendExample(input: ExampleInput, caller: Caller): Promise<OutboxMessage> {
      const { template, language, senderId, addressee, ...choice } = input;
      const from = sender(senderId);
      const rendered = await previews.example(template, language, choice, addressee, from, caller);
      refuseBroken(template, language, rendered);
      const me = senderAsRecipient(from);
      const item = choice.itemId ? { itemId: choice.itemId } : {};
      const source = { kind: 'example' as const, templateId: template.id, ...item };
      const draft = await draftFor(template, rendered, language, me, from, source);
      const [message] = await outbox.enqueue([{ ...draft, to: { ...draft.to, kind: 'address' } }]);
      return message!;
    },

    /** Who a mailing reaches and who not; with a template, which of its fields come out empty and the first copy. */
    check(input: Omit<MailingInput, 'from'>) {
      const recipients = recipientsOf(input.targets);
      const found = { recipients: recipients.map((r) => r.recipient) };
      if (!input.templateId && !input.text) return found;
      const setup = setupOf(input);
      const checked = checkMailing(world, setup, recipients);
      const preview = checked.preview ? { preview: checked.preview } : {};
      const { emptyFields, unknownFields } = checked;
      // A typed text with a field no mailing has cannot be sent (a template's only renders it empty).
      const reached = recipients.filter((r) => !r.recipient.skip);
      const typos =
        setup.typed && !checked.problems.length ? reached.flatMap((r) => mailingCopy(world, setup, r).problems) : [];
      const problems = [...checked.problems, ...notMergeProblems(typos)];
      return { ...found, emptyFields, unknownFields, ...preview, problems };
    },

    /**
     * Each recipient's copy rendered with their own data; refused as a whole, before anything is
     * written, when the template cannot be sent.
     */
    async sendMailing(input: MailingInput & { separately: boolean }) {
      const setup = setupOf(input);
      const { template, language, sender: from } = setup;
      const recipients = recipientsOf(input.targets);
      const copies = recipients.map((r) => ({ ...r, rendered: mailingCopy(world, setup, r) }));
      for (const c of copies) if (!c.recipient.skip) refuseBroken(template, language, c.rendered);
      if (setup.typed) refuseNotMergeFields(copies.flatMap((c) => (c.recipient.skip ? [] : c.rendered.problems)));
      const mailingId = newId();
      const drafts: MessageDraft[] = [];
      const keep = input.separately ? {} : { keepBody: false };
      const source = { kind: 'mailing' as const, ...templateRef(setup), mailingId, ...keep };
      for (const c of copies) drafts.push(await draftFor(template, c.rendered, language, c.recipient, from, source));
      // The mailing and its messages in one write: a mailing that could not be stored leaves nothing behind.
      const { subject, html, text } = genericCopy(setup);
      const createdAt = clock.now().toISOString();
      const record = { id: mailingId, createdAt, ...templateRef(setup), subject, html, text };
      const stored = await outbox.enqueue(drafts, record);
      const skipped = recipients.filter((r) => r.recipient.skip).map((r) => r.recipient);
      return { mailingId, queued: stored.filter((m) => !m.skipReason).length, skipped };
    },

    /**
     * One example of the mailing before it goes out (seed 003's "Één voorbeeld"): the first recipient
     * who can get it, their copy as the mailing will send it, to the sender's own address only.
     */
    async sendMailingExample(input: MailingInput): Promise<OutboxMessage> {
      const setup = setupOf(input);
      const first = recipientsOf(input.targets).find((r) => !r.recipient.skip);
      if (!first) {
        const issue = { path: 'targets', message: 'nobody in this mailing can get it (no address or no consent)' };
        throw ApiError.invalidInput('There is no copy to send as an example', [issue]);
      }
      const rendered = mailingCopy(world, setup, first);
      refuseBroken(setup.template, setup.language, rendered);
      if (setup.typed) refuseNotMergeFields(rendered.problems);
      const me = senderAsRecipient(setup.sender);
      const source = { kind: 'example' as const, ...templateRef(setup) };
      const draft = await draftFor(setup.template, rendered, setup.language, me, setup.sender, source);
      const [message] = await outbox.enqueue([{ ...draft, to: { ...draft.to, kind: 'address' } }]);
      return message!;
    },

    /** A mailing, its template's name and its progress (messages by status, also those moved to the archive). */
    async mailing(mailingId: string): Promise<MailingStatus> {
      const record = mailingRecord(mailingId);
      const counts = await history.countByStatus({ mailingId });
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      const templateName = store.data.templates.find((t) => t.id === record.templateId)?.name;
      return { ...record, ...(templateName ? { templateName } : {}), progress: { total, ...counts } };
    },

    /** Every mailing with its progress, newest first. */
    async mailings(): Promise<MailingStatus[]> {
      const newestFirst = [...outboxStore.data.mailings].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      return Promise.all(newestFirst.map((m) => this.mailing(m.id)));
    },

    async cancelMailing(mailingId: string): Promise<number> {
      mailingRecord(mailingId);
      const waiting = outboxStore.data.messages.filter(
        (m) => m.source.mailingId === mailingId && m.status === 'queued',
      );
      await outboxStore.update(() =>
        waiting.forEach((m) => {
          m.status = 'skipped';
          m.skipReason = 'cancelled';
        }),
      );
      return waiting.length;
    },

    settings: () => ({
      ...(store.data.settings.smtp ? { smtp: store.data.settings.smtp } : {}),
      ...(smtpFromEnvironment ? { smtpFromEnvironment } : {}),
      senders: store.data.settings.senders,
      ...(store.data.settings.defaultSenderId ? { defaultSenderId: store.data.settings.defaultSenderId } : {}),
    }),

    async saveSettings(input: {
      smtp: SmtpSettings | null;
      senders: (Omit<Sender, 'id'> & { id?: string })[];
      defaultSenderId?: string;
    }) {
      const senders = input.senders.map((s) => ({ ...s, id: s.id ?? newId() }));
      if (input.defaultSenderId && !senders.some((s) => s.id === input.defaultSenderId)) {
        throw ApiError.invalidInput('These mail settings cannot be saved', [
          { path: 'defaultSenderId', message: 'is not one of the senders' },
        ]);
      }
      await store.update((d) => {
        if (input.smtp) d.settings.smtp = input.smtp;
        else delete d.settings.smtp;
        d.settings.senders = senders;
        d.settings.defaultSenderId = input.defaultSenderId ?? senders[0]?.id;
      });
      outbox.resume();
    },

    async testConnection(smtp: SmtpSettings): Promise<void> {
      const transport = smtpTransport(smtp);
      try {
        await transport.verify();
      } catch (error) {
        const e = error as { code?: string; message?: string };
        const unreachable = e.code === 'ECONNECTION' || e.code === 'ESOCKET';
        const key = e.code === 'EAUTH' ? 'smtpLogin' : unreachable ? 'smtpUnreachable' : 'smtpUnexpected';
        throw ApiError.because('conflict', key, {
          host: smtp.host,
          port: smtp.port,
          detail: e.message ?? String(error),
        });
      } finally {
        transport.close();
      }
    },
  };
}

export type MailService = ReturnType<typeof createMailService>;
