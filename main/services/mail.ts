import type { z } from 'zod';
import { ApiError } from '../../shared/api/errors';
import type { MailingStatus, MailingTarget } from '../../shared/api/message-contract';
import { contactRecipient, knownFields, type Recipient, renderTemplate } from '../../shared/messages';
import type { Language } from '../../shared/model/common';
import type { OutboxMessage } from '../../shared/model/message';
import type { Sender, SmtpSettings } from '../../shared/model/settings';
import type { MessageTemplate } from '../../shared/model/template';
import type { Outbox, MessageDraft } from '../mail/outbox';
import type { OutboxStore } from '../mail/outbox-store';
import type { MessageFilter, MessageHistory } from '../mail/message-history';
import { smtpTransport } from '../mail/transport';
import type { AttachmentFiles } from '../mail/attachments';
import { renderPdf } from '../mail/pdf';
import type { Store } from '../store/store';
import type { Clock } from '../clock';
import { messageData } from './templates';

type Target = z.output<typeof MailingTarget>;

export interface MailDeps {
  store: Store;
  outboxStore: OutboxStore;
  outbox: Outbox;
  history: MessageHistory;
  newId: () => string;
  smtpFromEnvironment?: string;
  files: AttachmentFiles;
  clock: Clock;
}

const toRecipientField = (r: Recipient): MessageDraft['to'] => ({
  kind: r.kind,
  id: r.id,
  name: r.name,
  ...(r.email ? { email: r.email } : {}),
  chain: r.resolution.chain,
  external: r.external,
});

export function createMailService({ store, outboxStore, outbox, history, newId, smtpFromEnvironment, files, clock }: MailDeps) {
  const sender = (senderId?: string): Sender => {
    const { senders, defaultSenderId } = store.data.settings;
    const found = senders.find((s) => s.id === (senderId ?? defaultSenderId)) ?? senders[0];
    if (!found) throw new ApiError('conflict', 'There is no sender address yet: add one under Settings → Mail.');
    return found;
  };

  /** Contacts, organisations and persons as mail recipients, with why some cannot get mail. */
  const recipientsOf = (targets: Target[]): Recipient[] => {
    const d = store.data.directory;
    return targets.map((t) => {
      if (t.kind === 'contacts') {
        const c = d.contacts.find((x) => x.id === t.id);
        if (!c) throw ApiError.invalidInput('Unknown recipient', [{ path: 'targets', message: `contact "${t.id}" does not exist` }]);
        return contactRecipient(c);
      }
      if (t.kind === 'organisations') {
        const o = d.organisations.find((x) => x.id === t.id);
        if (!o) throw ApiError.invalidInput('Unknown recipient', [{ path: 'targets', message: `organisation "${t.id}" does not exist` }]);
        return contactRecipient({ id: o.id, name: o.name, email: o.email, consentEmail: true });
      }
      const p = d.persons.find((x) => x.id === t.id);
      if (!p) throw ApiError.invalidInput('Unknown recipient', [{ path: 'targets', message: `person "${t.id}" does not exist` }]);
      const consent = d.contacts.find((c) => c.personId === p.id)?.consentEmail ?? true;
      return contactRecipient({ id: p.id, name: `${p.firstName} ${p.lastName}`, email: p.workEmail, consentEmail: consent });
    });
  };

  const mailingRecord = (mailingId: string) => {
    const record = outboxStore.data.mailings.find((m) => m.id === mailingId);
    if (!record) throw new ApiError('not_found', `There is no mailing with id "${mailingId}".`);
    return record;
  };

  const draftFor = async (template: MessageTemplate, language: Language, recipient: Recipient, from: Sender, source: MessageDraft['source']): Promise<MessageDraft> => {
    const lang = template.texts[language] ? language : (Object.keys(template.texts)[0] as Language);
    const rendered = renderTemplate(template, lang, messageData(lang, recipient, from), knownFields());
    // The generated attachment: this recipient's rendered message as a read-only PDF.
    const generated = template.generatedPdf && !recipient.skip ? [await files.add(`${template.name}.pdf`, 'application/pdf', await renderPdf({ title: rendered.subject, text: rendered.text, author: from.name }))] : [];
    return {
      from: { name: from.name, email: from.email },
      to: toRecipientField(recipient),
      ...(recipient.skip ? { skipReason: recipient.skip } : {}),
      language: lang,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      attachments: [...template.attachments, ...generated],
      source,
    };
  };

  return {
    /** The history, newest first: outbox.json and the monthly archive. */
    list: (filter: MessageFilter): Promise<OutboxMessage[]> => history.list(filter),

    async sendExample(template: MessageTemplate, language: Language, senderId?: string): Promise<OutboxMessage> {
      const from = sender(senderId);
      const me: Recipient = { kind: 'user', id: 'sender', name: from.name, email: from.email, external: false, resolution: { address: from.email, chain: [] } };
      const draft = await draftFor(template, language, me, from, { kind: 'example', templateId: template.id });
      const [message] = await outbox.enqueue([{ ...draft, to: { ...draft.to, kind: 'address' } }]);
      return message!;
    },

    check: (targets: Target[]) => ({ recipients: recipientsOf(targets) }),

    async sendMailing(input: { targets: Target[]; templateId: string; senderId?: string; language?: Language; separately: boolean }) {
      const template = store.data.templates.find((t) => t.id === input.templateId);
      if (!template) throw new ApiError('not_found', `There is no template with id "${input.templateId}".`);
      const from = sender(input.senderId);
      const recipients = recipientsOf(input.targets);
      const mailingId = newId();
      const language = input.language ?? store.data.settings.language;
      const drafts: MessageDraft[] = [];
      const source = { kind: 'mailing' as const, templateId: template.id, mailingId, ...(input.separately ? {} : { keepBody: false }) };
      for (const r of recipients) drafts.push(await draftFor(template, language, r, from, source));
      const generic = renderTemplate(template, language, messageData(language, { name: '…', email: '', external: true }, from), null);
      await outboxStore.update((doc) => void doc.mailings.push({ id: mailingId, createdAt: clock.now().toISOString(), templateId: template.id, subject: generic.subject, html: generic.html, text: generic.text }));
      const stored = await outbox.enqueue(drafts);
      return { mailingId, queued: stored.filter((m) => !m.skipReason).length, skipped: recipients.filter((r) => r.skip) };
    },

    /** A mailing, its template's name and its progress (messages by status, also those moved to the archive). */
    async mailing(mailingId: string): Promise<MailingStatus> {
      const record = mailingRecord(mailingId);
      const counts = await history.countByStatus({ mailingId });
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      const templateName = store.data.templates.find((t) => t.id === record.templateId)?.name;
      return { ...record, ...(templateName ? { templateName } : {}), progress: { total, ...counts } };
    },

    async cancelMailing(mailingId: string): Promise<number> {
      mailingRecord(mailingId);
      const waiting = outboxStore.data.messages.filter((m) => m.source.mailingId === mailingId && m.status === 'queued');
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

    async saveSettings(input: { smtp: SmtpSettings | null; senders: (Omit<Sender, 'id'> & { id?: string })[]; defaultSenderId?: string }) {
      const senders = input.senders.map((s) => ({ ...s, id: s.id ?? newId() }));
      if (input.defaultSenderId && !senders.some((s) => s.id === input.defaultSenderId)) {
        throw ApiError.invalidInput('These mail settings cannot be saved', [{ path: 'defaultSenderId', message: 'is not one of the senders' }]);
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
        const hint = e.code === 'EAUTH' ? 'the server refused the user name or password' : e.code === 'ECONNECTION' || e.code === 'ESOCKET' ? 'the server could not be reached' : 'the server did not answer as expected';
        throw new ApiError('conflict', `Could not connect to ${smtp.host}:${smtp.port}: ${hint} (${e.message ?? String(error)}).`);
      } finally {
        transport.close();
      }
    },
  };
}

export type MailService = ReturnType<typeof createMailService>;
