import type { Transporter } from 'nodemailer';
import type { Reason } from '@shared/api/reasons';
import { headerText } from '@shared/messages/header-text';
import type { SmtpSettings } from '@shared/model/settings';

/** A message as it leaves Stroomlijn. */
export interface OutgoingMail {
  messageId: string;
  from: { name: string; email: string };
  to: { name: string; email: string };
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  attachments?: { filename: string; path: string; contentType: string }[];
}

export interface MailTransport {
  readonly via: 'smtp' | 'capture';
  /** Resolves with the server's answer once it accepted the message. */
  send(mail: OutgoingMail): Promise<string>;
  verify(): Promise<void>;
  close(): void;
}

/** Pool settings shared by our outbox and the benchmark's raw nodemailer. */
export const POOL = { pool: true, maxConnections: 4, maxMessages: 1000, maxRequeues: 2 } as const;

/** smtp://user:pass@host:port or smtps://… (SMTP_URL) as settings. */
export function smtpFromUrl(url: string): SmtpSettings {
  const u = new URL(url);
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:')
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${u.protocol}//`);
  const secure = u.protocol === 'smtps:';
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ...(u.username ? { user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) } : {}),
  };
}

/**
 * Delivery over SMTP with a nodemailer pool. nodemailer is loaded, and the pool made, at the first
 * send or verify, not at every start (loading it costs some 100 ms); `close` before then closes nothing.
 */
export function smtpTransport(settings: SmtpSettings): MailTransport {
  let pool: Promise<Transporter> | undefined;
  let closed = false;
  const transporter = () =>
    (pool ??= import('nodemailer').then(({ default: nodemailer }) => {
      const made = nodemailer.createTransport({
        ...POOL,
        host: settings.host,
        port: settings.port,
        secure: settings.secure,
        ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
      // Closed while nodemailer was loading: the pool is closed as soon as it exists.
      if (closed) made.close();
      return made;
    }));
  return {
    via: 'smtp',
    async send(mail) {
      const info = await (
        await transporter()
      ).sendMail({
        messageId: mail.messageId,
        // Header values are one line without control characters, whatever a name or subject holds.
        from: { name: headerText(mail.from.name), address: mail.from.email },
        to: { name: headerText(mail.to.name), address: mail.to.email },
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        subject: headerText(mail.subject),
        html: mail.html,
        text: mail.text,
        ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
      });
      return String(info.response ?? '');
    },
    async verify() {
      await (await transporter()).verify();
    },
    close() {
      closed = true;
      void pool?.then((made) => made.close());
    },
  };
}

/** With no SMTP server configured, messages land in the built-in capture mailbox: they are only stored. */
export const captureTransport: MailTransport = {
  via: 'capture',
  send: async () => 'captured',
  verify: async () => undefined,
  close: () => undefined,
};

/** Why a send failed: the server's words (`reason`) and the same as a reason the renderer translates (`why`). */
export type Failure = { retry: boolean; reason: string; why: Reason };

/** 5xx is final; 4xx, dropped connections, timeouts and failed logins are worth another try. */
export function classifyFailure(error: unknown): Failure {
  const e = error as { responseCode?: number; code?: string; message?: string; response?: string };
  const detail = e.response ?? e.message ?? String(error);
  if (typeof e.responseCode === 'number' && e.responseCode >= 500 && e.code !== 'EAUTH') {
    return { retry: false, reason: detail, why: { key: 'sendRefused', params: { detail } } };
  }
  if (e.code === 'EAUTH')
    return { retry: true, reason: `SMTP login failed: ${detail}`, why: { key: 'sendLogin', params: { detail } } };
  return { retry: true, reason: detail, why: { key: 'sendNotYet', params: { detail } } };
}
