import type { SmtpSettings } from '@shared/model/settings';
import type { Store } from '../store/store';
import { captureTransport, type MailTransport, smtpFromUrl, smtpTransport } from './transport';

/**
 * Which transport the outbox uses now: SMTP_URL when set, else the SMTP settings, else the capture
 * mailbox. A pool is made once per configuration and closed when the configuration changes.
 */
export function createTransportChooser(store: Store, smtpUrl: string | undefined) {
  const fromEnv = smtpUrl ? smtpFromUrl(smtpUrl) : undefined;
  let current: { key: string; transport: MailTransport } | null = null;
  const settings = (): SmtpSettings | undefined => fromEnv ?? store.data.settings.smtp;
  return {
    fromEnvironment: smtpUrl ? smtpUrl.replace(/\/\/[^@/]*@/, '//…@') : undefined,
    current(): MailTransport {
      const s = settings();
      const key = s ? JSON.stringify(s) : 'capture';
      if (current?.key === key) return current.transport;
      current?.transport.close();
      current = { key, transport: s ? smtpTransport(s) : captureTransport };
      return current.transport;
    },
    close() {
      current?.transport.close();
      current = null;
    },
  };
}
