import { useTranslation } from 'react-i18next';
import type { InboxEntry } from '@shared/model/record';
import { formatDateTime } from '../ui/format';

/** A user's inbox: newest first, unread ones marked; opening one marks it read. */
export function InboxList({
  entries,
  onRead,
  onReadAll,
}: {
  entries: InboxEntry[];
  onRead(id: string): void;
  onReadAll(): void;
}) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  if (entries.length === 0) return <div className="empty">{t('inbox.empty')}</div>;
  return (
    <div className="inbox">
      <div className="inbox-head">
        <button type="button" className="link-button" onClick={onReadAll} disabled={!entries.some((e) => !e.readAt)}>
          {t('inbox.readAll')}
        </button>
      </div>
      <ul className="inbox-list">
        {entries.map((e) => (
          <li key={e.id} className={e.readAt ? 'inbox-read' : 'inbox-unread'}>
            <details onToggle={(ev) => (ev.currentTarget.open && !e.readAt ? onRead(e.id) : undefined)}>
              <summary>
                {!e.readAt && <span className="unread-dot" aria-label={t('inbox.unread')} />}
                <strong>{e.subject}</strong>
                <span className="muted"> · {when(e.at)}</span>
              </summary>
              <p className="inbox-text">{e.text}</p>
              <p className="inbox-links">
                {e.recordId && e.entity && (
                  <a
                    href={
                      e.entity === 'contact'
                        ? '#/directory/contacts'
                        : e.entity === 'organisation'
                          ? '#/directory/organisations'
                          : `#/records/${e.entity}/${encodeURIComponent(e.recordId)}`
                    }
                  >
                    {t('inbox.openRecord')}
                  </a>
                )}
                {e.itemId && <a href={`#/work/item/${e.itemId}`}>{t('inbox.openItem')}</a>}
              </p>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
