import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '@shared/api';
import { type MessageStatus, MessageStatuses, type OutboxMessage } from '@shared/model/message';
import { useApp } from '../state/context';
import { MessageTabs } from './MessageTabs';
import { ScheduleView } from './ScheduleView';
import { ErrorBox } from '../ui/ErrorText';
import { reasonText } from '../ui/reason-text';
import { Icon } from '../ui/icons';
import { useToast } from '../ui/Toast';
import { MessageDetail } from './MessageDetail';
import '../templates/templates.css';
import { formatDateTime } from '../ui/format';
import { DateInput } from '../ui/DateInput';
import { useStillAsked } from '../ui/use-still-asked';

type Tab = 'history' | 'capture';

/** Message history and the capture mailbox, with the outbox's state. */
export function MessagesPage({ path }: { path: string[] }) {
  return path[0] === 'scheduled' ? <ScheduleView /> : <MessageHistory path={path} />;
}

function MessageHistory({ path }: { path: string[] }) {
  const { t, i18n } = useTranslation();
  const client = useApp((s) => s.client);
  const tab: Tab = path[0] === 'capture' ? 'capture' : 'history';
  const [status, setStatus] = useState<MessageStatus | ''>('');
  const [search, setSearch] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [itemId, setItemId] = useState('');
  const [items, setItems] = useState<{ id: string; number: string; subject: string }[]>([]);
  useEffect(
    () =>
      void client.call('items.list', {}).then(
        (list) => setItems(list.slice(-100).reverse()),
        () => undefined,
      ),
    [client],
  );
  const [messages, setMessages] = useState<OutboxMessage[]>([]);
  const [outbox, setOutbox] = useState<ApiOutput<'outbox.status'> | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const toast = useToast();

  const query = {
    ...(status ? { status } : {}),
    ...(tab === 'capture' ? { via: 'capture' as const } : {}),
    ...(search ? { search } : {}),
    ...(from ? { from } : {}),
    ...(until ? { until } : {}),
    ...(itemId ? { itemId } : {}),
    limit: 500,
  };
  const key = JSON.stringify(query);
  const stillAsked = useStillAsked(key);
  const reload = useCallback(async () => {
    const [list, state] = await Promise.all([
      client.call('messages.list', JSON.parse(key) as typeof query),
      client.call('outbox.status'),
    ]);
    setOutbox(state);
    if (stillAsked(key)) setMessages(list);
  }, [client, key, stillAsked]);

  useEffect(() => {
    void reload().catch(setError);
    const timer = setInterval(() => void reload().catch(() => undefined), 2000);
    return () => clearInterval(timer);
  }, [reload]);

  const selected = messages.find((m) => m.id === open) ?? null;
  const when = (iso: string) => formatDateTime(iso, i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  return (
    <section className="page messages-page">
      <header className="page-head">
        <div>
          <h1>{t('messages.title')}</h1>
          <p className="muted">{t('messages.subtitle')}</p>
        </div>
        {outbox && (
          <div className="page-actions outbox-state" role="status">
            <span className={`pill ${outbox.paused ? 'pill-warn' : 'pill-yes'}`}>
              {outbox.paused ? t('messages.outbox.paused') : t('messages.outbox.running')}
            </span>
            <span className="muted">
              {t(`messages.outbox.via.${outbox.via}`)} ·{' '}
              {t('messages.outbox.waiting', { count: outbox.queued + outbox.sending })}
            </span>
            <button
              type="button"
              onClick={() => void client.call('outbox.pause', { paused: !outbox.paused }).then(setOutbox)}
            >
              {outbox.paused ? t('messages.outbox.resume') : t('messages.outbox.pause')}
            </button>
          </div>
        )}
      </header>
      {outbox?.writeFailed && <p className="error-box">{t('messages.outboxWriteFailed')}</p>}
      {outbox?.lastError && <p className="error-box">{reasonText(t, outbox.lastErrorReason) ?? outbox.lastError}</p>}
      {error !== null && <ErrorBox error={error} />}
      <MessageTabs current={tab} />
      {tab === 'capture' && (
        <div className="capture-bar">
          {/* Once SMTP is set, what is still here was caught before it was: say so, not that none is set. */}
          <p className="muted">{t(outbox?.via === 'smtp' ? 'mailHints.captureSmtpSet' : 'messages.captureIntro')}</p>
          <button
            type="button"
            disabled={outbox?.via !== 'smtp' || messages.length === 0}
            onClick={() =>
              void client
                .call('messages.releaseCaptured')
                .then(({ released }) => toast.show(t('messages.released', { count: released })))
                .then(reload)
            }
          >
            {t('messages.release')}
          </button>
        </div>
      )}
      <div className="toolbar message-filters">
        <label className="search">
          <Icon name="search" size={16} />
          <input
            type="search"
            aria-label={t('messages.search')}
            placeholder={t('messages.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <label className="date-filter">
          {t('messages.from')}
          <DateInput ariaLabel={t('messages.from')} value={from} onChange={setFrom} />
        </label>
        <label className="date-filter">
          {t('messages.until')}
          <DateInput ariaLabel={t('messages.until')} value={until} onChange={setUntil} />
        </label>
        {items.length > 0 && (
          <select aria-label={t('messages.item')} value={itemId} onChange={(e) => setItemId(e.target.value)}>
            <option value="">{t('messages.allItems')}</option>
            {items.map((it) => (
              <option key={it.id} value={it.id}>
                {it.number} · {it.subject}
              </option>
            ))}
          </select>
        )}
        <select
          aria-label={t('messages.filter')}
          value={status}
          onChange={(e) => setStatus(e.target.value as MessageStatus | '')}
        >
          <option value="">{t('messages.all')}</option>
          {MessageStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`messages.statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={`messages-layout${selected ? ' has-detail' : ''}`}>
        {messages.length === 0 ? (
          <div className="empty">{t('messages.empty')}</div>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('messages.columns.when')}</th>
                  <th>{t('messages.columns.to')}</th>
                  <th>{t('messages.columns.subject')}</th>
                  <th>{t('messages.columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {messages.map((m) => (
                  <tr key={m.id} className={m.id === open ? 'row-open' : undefined} onClick={() => setOpen(m.id)}>
                    <td className="nowrap">{when(m.createdAt)}</td>
                    <td>
                      {m.to.name}
                      <br />
                      <small className="muted">{m.to.email ?? '—'}</small>
                    </td>
                    <td className="subject-cell">
                      {/* A real button: Tab reaches each row, Enter or Space opens it, the focus ring shows. */}
                      <button
                        type="button"
                        className="message-open"
                        aria-expanded={m.id === open}
                        onClick={() => setOpen(m.id)}
                      >
                        {m.subject || t('templates.noSubject')}
                      </button>
                    </td>
                    <td>
                      <span className={`pill status-${m.status}`}>{t(`messages.statuses.${m.status}`)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {selected && (
          <MessageDetail
            message={selected}
            onResend={() =>
              void client
                .call('messages.resend', { id: selected.id })
                .then(() => toast.show(t('messages.resent')))
                .then(reload)
            }
          />
        )}
      </div>
      {toast.view}
    </section>
  );
}
