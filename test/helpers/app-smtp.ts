import type { openTestApp } from './app';
import { startSmtp, type TestSmtp } from './smtp';

type App = Awaited<ReturnType<typeof openTestApp>>;

/**
 * Start a real SMTP server (smtp-server on loopback) and point the app at it through Settings →
 * Mail, as an office would; `track` closes the server after the test.
 */
export async function sendThroughSmtp(
  app: App,
  track: <T extends { close(): Promise<void> }>(it: T) => T,
): Promise<TestSmtp> {
  const smtp = track(await startSmtp());
  const settings = (await app.dispatch('mail.settings', {})) as { senders: object[]; defaultSenderId?: string };
  const smtpSettings = { host: '127.0.0.1', port: smtp.port, secure: false };
  await app.dispatch('mail.saveSettings', {
    smtp: smtpSettings,
    senders: settings.senders,
    defaultSenderId: settings.defaultSenderId,
  });
  return smtp;
}
