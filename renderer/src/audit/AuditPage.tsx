import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '@shared/api/audit-contract';
import { type AuditAction, AuditActions, type AuditEntry } from '@shared/model/audit';
import { useApp } from '../state/context';
import { downloadText } from '../ui/download';
import { ErrorBox } from '../ui/ErrorText';
import { Icon } from '../ui/icons';
import { useToast } from '../ui/Toast';
import { actorText, auditCsv, detailsText, fromText, whenText } from './audit-text';
import './audit.css';
import { DateInput } from '../ui/DateInput';
import { useStillAsked } from '../ui/use-still-asked';

const PAGE = 100;
/** What an administrator should not overlook in the list. */
const WARNINGS: ReadonlySet<AuditAction> = new Set<AuditAction>(['refused', 'signInFailed']);

/** The audit trail for administrators: filters, the newest entries first, more on request, and a CSV export. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const client = useApp((s) => s.client);
  const users = useApp((s) => s.directory.users);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [action, setAction] = useState<AuditAction | ''>('');
  const [userId, setUserId] = useState('');
  const [text, setText] = useState('');
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);
  const toast = useToast();

  const filter: AuditFilter = {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(action ? { action } : {}),
    ...(userId ? { userId } : {}),
    ...(text.trim() ? { text: text.trim() } : {}),
  };
  const key = JSON.stringify(filter);
  const stillAsked = useStillAsked(key);

  const load = useCallback(
    async (after?: string) => {
      const filter = JSON.parse(key) as AuditFilter;
      const page = await client.call('audit.list', { filter, limit: PAGE, ...(after ? { after } : {}) });
      if (!stillAsked(key)) return;
      setEntries((shown) => (after ? [...shown, ...page.entries] : page.entries));
      setMore(page.more);
      setError(null);
    },
    [client, key, stillAsked],
  );
  useEffect(() => void load().catch(setError), [load]);

  async function exportCsv() {
    setExporting(true);
    try {
      const { entries: all, truncated } = await client.call('audit.export', { filter });
      const day = new Date().toISOString().slice(0, 10);
      downloadText(`${t('audit.title')} ${day}.csv`, auditCsv(t, all, i18n.language), 'text/csv;charset=utf-8');
      toast.show(truncated ? t('audit.truncated', { count: all.length }) : t('audit.exported', { count: all.length }));
    } catch (e) {
      setError(e);
    } finally {
      setExporting(false);
    }
  }

  return (
    <section className="page audit-page">
      <header className="page-head">
        <div>
          <h1>{t('audit.title')}</h1>
          <p className="muted">{t('audit.subtitle')}</p>
        </div>
        <div className="page-actions">
          <button type="button" onClick={() => void exportCsv()} disabled={exporting}>
            {exporting ? t('audit.exporting') : t('audit.export')}
          </button>
        </div>
      </header>
      {error !== null && <ErrorBox error={error} />}
      <div className="toolbar audit-filters">
        <label className="search">
          <Icon name="search" size={16} />
          <input
            type="search"
            aria-label={t('audit.search')}
            placeholder={t('audit.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label className="date-filter">
          {t('audit.from')}
          <DateInput ariaLabel={t('audit.from')} value={from} onChange={setFrom} />
        </label>
        <label className="date-filter">
          {t('audit.to')}
          <DateInput ariaLabel={t('audit.to')} value={to} onChange={setTo} />
        </label>
        <select
          aria-label={t('audit.action')}
          value={action}
          onChange={(e) => setAction(e.target.value as AuditAction | '')}
        >
          <option value="">{t('audit.allActions')}</option>
          {AuditActions.map((a) => (
            <option key={a} value={a}>
              {t(`audit.actions.${a}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('audit.user')} value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">{t('audit.allUsers')}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      {entries.length === 0 ? (
        <div className="empty">{t('audit.empty')}</div>
      ) : (
        <div className="table-wrap">
          <table className="table audit-table">
            <thead>
              <tr>
                <th>{t('audit.columns.at')}</th>
                <th>{t('audit.columns.actor')}</th>
                <th>{t('audit.columns.action')}</th>
                <th>{t('audit.columns.target')}</th>
                <th>{t('audit.columns.details')}</th>
                <th>{t('audit.columns.from')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className={WARNINGS.has(e.action) ? 'audit-warn' : undefined}>
                  <td className="audit-when">
                    <time dateTime={e.at}>{whenText(e.at, i18n.language)}</time>
                  </td>
                  <td>{actorText(t, e)}</td>
                  <td>{t(`audit.actions.${e.action}`)}</td>
                  <td className="audit-target">{e.target ?? ''}</td>
                  <td className="audit-details">{detailsText(t, e, i18n.language)}</td>
                  <td className="audit-from">{fromText(t, e.from)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more && (
        <button type="button" className="audit-more" onClick={() => void load(entries.at(-1)?.id).catch(setError)}>
          {t('audit.more')}
        </button>
      )}
      {toast.view}
    </section>
  );
}
