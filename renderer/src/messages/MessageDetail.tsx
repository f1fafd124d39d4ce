import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reasonText } from '../ui/reason-text';
import { useApp } from '../state/context';
import type { OutboxMessage } from '@shared/model/message';
import { previewDocument } from '../templates/preview-frame';
import { formatDateTime } from '../ui/format';

/** One message as sent (or kept): headers, how its address was found, the HTML in a sandbox, the text. */
export function MessageDetail({ message, onResend }: { message: OutboxMessage; onResend(): void }) {
  const { t, i18n } = useTranslation();
  const client = useApp((s) => s.client);
  // A mailing not recorded per destination keeps one generic copy instead of this message's body.
  const [generic, setGeneric] = useState<{ html: string; text: string } | null>(null);
  const mailingId = message.source.mailingId;
  const bodyless = message.source.keepBody === false && message.html === '';
  useEffect(() => {
    setGeneric(null);
    if (bodyless && mailingId) void client.call('mailings.get', { mailingId }).then(setGeneric, () => undefined);
  }, [bodyless, client, mailingId]);
  const body = bodyless ? (generic ?? { html: '', text: '' }) : message;
  const when = (iso?: string) =>
    iso ? formatDateTime(iso, i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }) : '—';
  return (
    <article className="message-detail" aria-label={message.subject}>
      <header>
        <h2>{message.subject || t('templates.noSubject')}</h2>
        <button type="button" onClick={onResend}>
          {t('messages.resend')}
        </button>
      </header>
      <dl className="facts">
        <dt>{t('messages.detail.from')}</dt>
        <dd>
          {message.from.name} &lt;{message.from.email}&gt;
        </dd>
        <dt>{t('messages.detail.to')}</dt>
        <dd>
          {message.to.name}{' '}
          {message.to.email ? (
            <>&lt;{message.to.email}&gt;</>
          ) : (
            <span className="wf-missing">{t('templates.skip.noAddress')}</span>
          )}
        </dd>
        {message.to.chain.length > 0 && (
          <>
            <dt>{t('messages.detail.chain')}</dt>
            <dd>
              {message.to.chain
                .map((s) => `${t(`directory.resolution.${s.source}`)}${s.address ? ' ✓' : ' ✗'}`)
                .join(' → ')}
            </dd>
          </>
        )}
        <dt>{t('messages.columns.status')}</dt>
        <dd>
          <span className={`pill status-${message.status}`}>{t(`messages.statuses.${message.status}`)}</span>
          {message.skipReason && <> {t(`templates.skip.${message.skipReason}`)}</>}
          {message.via && <> · {t(`messages.outbox.via.${message.via}`)}</>}
        </dd>
        <dt>{t('messages.detail.sentAt')}</dt>
        <dd>{when(message.sentAt)}</dd>
        <dt>{t('messages.columns.attempts')}</dt>
        <dd>{message.attempts}</dd>
        {message.lastError && (
          <>
            <dt>{t('messages.detail.error')}</dt>
            <dd className="wf-missing">{reasonText(t, message.lastErrorReason) ?? message.lastError}</dd>
          </>
        )}
        {/* A captured message reached no server: the status says where it went; there is no answer to show. */}
        {message.response && message.via !== 'capture' && (
          <>
            <dt>{t('messages.detail.response')}</dt>
            <dd>
              <code>{message.response}</code>
            </dd>
          </>
        )}
        {message.attachments.length > 0 && (
          <>
            <dt>{t('templates.attachments')}</dt>
            <dd>{message.attachments.map((a) => `📎 ${a.name}`).join('  ')}</dd>
          </>
        )}
        <dt>{t('messages.detail.messageId')}</dt>
        <dd>
          <code>{message.messageId}</code>
        </dd>
      </dl>
      {bodyless && <p className="prop-hint">{t('messages.detail.generic')}</p>}
      <iframe title={message.subject} sandbox="" srcDoc={previewDocument(body.html)} />
      {/* Scrolls when long: reachable by keyboard. */}
      <pre className="preview-text" tabIndex={0}>
        {body.text}
      </pre>
    </article>
  );
}
