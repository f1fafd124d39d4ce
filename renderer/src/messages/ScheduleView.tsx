import { MovedBy } from '../ui/MovedBy';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleEntry } from '@shared/api/schedule-contract';
import { useApp } from '../state/context';
import { ErrorBox } from '../ui/ErrorText';
import { MessageTabs } from './MessageTabs';
import { formatDateTime } from '../ui/format';
import { DateInput } from '../ui/DateInput';
import { localDay } from '../ui/local-time';

const DAY = 86_400_000;

/** "What goes out in the next 30 days?": every timer until a chosen date, with its workflow, record, templates and recipients. */
export function ScheduleView() {
  const { t, i18n } = useTranslation();
  const client = useApp((s) => s.client);
  const [until, setUntil] = useState(() => localDay(new Date(Date.now() + 30 * DAY)));
  const [entries, setEntries] = useState<ScheduleEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    // The end of the chosen day, local time, as UTC.
    const end = new Date(`${until}T23:59:59`);
    if (Number.isNaN(end.getTime())) return;
    client.call('schedule.list', { until: end.toISOString() }).then(setEntries, setError);
  }, [client, until]);
  /** A recipient with their address, or why no mail reaches them. */
  const reached = (r: ScheduleEntry['messages'][number]['to'][number]) =>
    r.email
      ? `${r.name} <${r.email}>`
      : `${r.name} — ${t(r.skip === 'noConsent' ? 'mailHints.noConsent' : 'schedule.noAddress')}`;
  const when = (iso: string) =>
    formatDateTime(iso, i18n.language, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
  return (
    <section className="page">
      <header className="page-head">
        <div>
          <h1>{t('nav.messages')}</h1>
          <p className="muted">{t('schedule.intro')}</p>
        </div>
      </header>
      <MessageTabs current="scheduled" />
      <div className="toolbar">
        <label className="date-filter">
          {t('schedule.until')}
          <DateInput ariaLabel={t('schedule.until')} value={until} onChange={setUntil} />
        </label>
        {entries && <span className="muted">{t('schedule.count', { count: entries.length })}</span>}
      </div>
      {error !== null && <ErrorBox error={error} />}
      {entries && entries.length === 0 && <div className="empty">{t('schedule.empty')}</div>}
      {entries && entries.length > 0 && (
        <div className="table-wrap">
          <table className="table schedule-table">
            <thead>
              <tr>
                <th>{t('schedule.when')}</th>
                <th>{t('schedule.what')}</th>
                <th>{t('schedule.about')}</th>
                <th>{t('schedule.messages')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={`${e.at}:${i}`}>
                  <td>
                    {when(e.at)}
                    <MovedBy reasons={e.movedBy} />
                  </td>
                  <td>
                    <a href={`#/design/${e.workflowId}`}>{e.workflowName}</a>
                    <div className="muted">{t(`schedule.kinds.${e.kind}`)}</div>
                  </td>
                  <td>
                    {e.recordTitle && (
                      <div>
                        {e.entity && (
                          <span className="muted">
                            {t(`records.entity.${e.entity}`, { defaultValue: e.entity })} ·{' '}
                          </span>
                        )}
                        {e.entity && e.recordId && e.entity !== 'contact' && e.entity !== 'organisation' ? (
                          <a href={`#/records/${e.entity}/${encodeURIComponent(e.recordId)}`}>{e.recordTitle}</a>
                        ) : (
                          e.recordTitle
                        )}
                      </div>
                    )}
                    {e.itemId && <a href={`#/work/item/${e.itemId}`}>{e.itemNumber}</a>}
                  </td>
                  <td>
                    {e.messages.length === 0 && <span className="muted">{t('schedule.noMessages')}</span>}
                    {e.messages.map((m) => (
                      <div key={m.nodeId} className="schedule-message">
                        <strong>{m.templateName ?? t('schedule.noTemplate')}</strong>{' '}
                        <span className="muted">({t(`schedule.channels.${m.channel}`)})</span>
                        {m.subject && <div className="schedule-subject">“{m.subject}”</div>}
                        <div>{m.to.length ? m.to.map(reached).join(', ') : t('schedule.nobody')}</div>
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
