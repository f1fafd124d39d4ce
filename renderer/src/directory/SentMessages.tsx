import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '@shared/model/message';
import { useApp } from '../state/context';
import { formatDateTime } from '../ui/format';

export type MailableKind = 'contacts' | 'organisations' | 'persons';

/**
 * The mail sent to a contact, organisation (and its contacts) or person, newest first: the dossier
 * of seed 003, where the sent mail is found again with whom it was sent to.
 */
export function SentMessages({ kind, id }: { kind: MailableKind; id: string }) {
  const { t, i18n } = useTranslation();
  const client = useApp((s) => s.client);
  const [messages, setMessages] = useState<OutboxMessage[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    client.call('messages.list', { recipient: { kind, id }, limit: 50 }).then(
      (list) => live && setMessages(list),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [client, kind, id]);

  return (
    <section className="sent-messages" aria-labelledby={`sent-${id}`}>
      <h3 id={`sent-${id}`}>{t('sentMessages.title')}</h3>
      {failed && <p className="error-box">{t('errors.offline')}</p>}
      {messages?.length === 0 && <p className="muted">{t('sentMessages.none')}</p>}
      {messages && messages.length > 0 && (
        <div className="table-wrap">
          <table className="table compact">
            <thead>
              <tr>
                <th>{t('messages.columns.when')}</th>
                <th>{t('messages.columns.subject')}</th>
                <th>{t('messages.columns.to')}</th>
                <th>{t('messages.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id}>
                  <td>{formatDateTime(m.sentAt ?? m.createdAt, i18n.language)}</td>
                  <td className="wrap">{m.subject}</td>
                  <td>{m.to.email ? `${m.to.name} <${m.to.email}>` : m.to.name}</td>
                  <td>{t(`messages.statuses.${m.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
