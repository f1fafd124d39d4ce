import type { ApiHandlers } from './call';
import type { Outbox } from '../mail/outbox';
import type { MailService } from '../services/mail';
import type { TemplateService } from '../services/templates';
import type { AttachmentFiles } from '../mail/attachments';
import { ApiError } from '@shared/api/errors';

type MessageMethods = Extract<
  keyof ApiHandlers,
  `templates.${string}` | `messages.${string}` | `outbox.${string}` | `mail.${string}` | `mailings.${string}`
>;

/** Templates, outbox, mail settings and mailings, bound to their services. */
interface MessageDeps {
  templates: TemplateService;
  files: AttachmentFiles;
  mail: MailService;
  outbox: Outbox;
}
export const createMessageHandlers = ({
  templates,
  files,
  mail,
  outbox,
}: MessageDeps): Pick<ApiHandlers, Exclude<MessageMethods, 'templates.list'>> => ({
  'templates.get': async ({ id }) => templates.find(id),
  'templates.save': ({ template }) => templates.save(template),
  'templates.remove': async ({ id }) => {
    await templates.remove(id);
    return { removed: true as const };
  },
  'templates.addAttachment': async ({ name, contentType, base64 }) => {
    const content = Buffer.from(base64, 'base64');
    if (content.length > 8 * 1024 * 1024)
      throw ApiError.invalidInput('This attachment cannot be added', [
        { path: 'base64', message: 'is larger than 8 MB' },
      ]);
    return files.add(name, contentType, content);
  },
  'templates.preview': async (input, { caller }) => templates.preview(input, caller),
  'templates.previewSaved': async ({ id, ...source }, { caller }) =>
    templates.preview({ ...source, template: templates.find(id) }, caller),
  'templates.sendExample': (input, { caller }) => mail.sendExample(input, caller),
  'messages.list': async (filter) => mail.list(filter),
  'messages.resend': ({ id }) => outbox.resend(id),
  'messages.releaseCaptured': async () => ({ released: await outbox.releaseCaptured() }),
  'outbox.status': async () => outbox.status(),
  'outbox.pause': async ({ paused }) => {
    if (paused) outbox.pause();
    else outbox.resume();
    return outbox.status();
  },
  'mail.settings': async () => mail.settings(),
  'mail.saveSettings': async (input) => {
    await mail.saveSettings(input);
    return mail.settings();
  },
  'mail.testConnection': async ({ smtp }) => {
    await mail.testConnection(smtp);
    return { ok: true as const };
  },
  'mailings.check': async (input) => mail.check(input),
  'mailings.send': (input) => mail.sendMailing(input),
  'mailings.sendExample': (input) => mail.sendMailingExample(input),
  'mailings.get': ({ mailingId }) => mail.mailing(mailingId),
  'mailings.list': () => mail.mailings(),
  'mailings.cancel': async ({ mailingId }) => ({ cancelled: await mail.cancelMailing(mailingId) }),
});
