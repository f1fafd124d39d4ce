import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemStatusText } from '../ui/item-status-text';
import type { ApiOutput } from '@shared/api';
import { useApp } from '../state/context';
import { ErrorBox } from '../ui/ErrorText';
import type { FieldDef } from '@shared/model/item-type';
import { fieldLabel, useLanguage } from '../forms/field-text';
import { FieldValue } from '../forms/FieldValue';
import { TaskCard } from './TaskCard';
import { WebhookCalls } from './WebhookCalls';
import { formatDateTime } from '../ui/format';

/** One item: where it is, its fields, reactions and everything that happened to it. */
export function ItemPage({ itemId }: { itemId: string }) {
  const { t, i18n } = useTranslation();
  const client = useApp((s) => s.client);
  const users = useApp((s) => s.directory.users);
  const [item, setItem] = useState<ApiOutput<'items.detail'> | null>(null);
  const [defs, setDefs] = useState<readonly FieldDef[]>([]);
  const lang = useLanguage();
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    const [detail, types] = await Promise.all([
      client.call('items.detail', { id: itemId }),
      client.call('itemTypes.list'),
    ]);
    setItem(detail);
    setDefs(types.find((type) => type.id === detail.itemTypeId)?.fields ?? []);
  }, [client, itemId]);
  useEffect(() => void reload().catch(setError), [reload]);
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const who = (id?: string) => users.find((u) => u.id === id)?.name ?? id ?? '';
  if (error) return <ErrorBox error={error} />;
  if (!item) return <p className="muted">{t('common.loading')}</p>;
  // The steps the history names, from the version the item runs on.
  const names: ReadonlyMap<string, string> = new Map(Object.entries(item.stepNames));
  const tasks = item.currentTasks;
  return (
    <article className="item-page">
      <header className="page-head">
        <div>
          <h1>
            {item.number} · {item.subject}
          </h1>
          <p className="muted">
            <span
              className={`pill ${item.status === 'completed' ? 'pill-yes' : item.status === 'error' ? 'status-failed' : 'pill-warn'}`}
            >
              {t(`work.statuses.${item.status}`)}
            </span>{' '}
            {item.itemStatus && <>· {itemStatusText(t, item.itemStatus)}</>} ·{' '}
            {t('work.submittedBy', { name: who(item.submitterUserId), when: when(item.createdAt) })}
          </p>
        </div>
      </header>
      {item.error && <p className="error-box">{item.error}</p>}
      {item.delivery && (
        <p className={item.delivery.status === 'failed' ? 'error-box' : 'muted'} data-testid="delivery">
          {t(`work.delivery.${item.delivery.status}`, {
            attempts: item.delivery.attempts,
            when: item.delivery.at ? when(item.delivery.at) : '',
            error: item.delivery.lastError ?? '',
          })}{' '}
          · {t(`work.delivery.via_${item.delivery.via}`)}
        </p>
      )}
      <div className="item-grid">
        <section className="card">
          <h2>{t('work.now')}</h2>
          {tasks.length === 0 && <p className="muted">{t('work.noTasks')}</p>}
          {tasks.map((task) => (
            <TaskCard
              key={task.taskNodeId}
              task={task}
              defs={defs}
              stored={item.fields}
              when={when}
              onDone={() => void reload()}
            />
          ))}
          <h2>{t('work.fields')}</h2>
          <dl className="facts">
            {Object.entries(item.fields).map(([k, v]) => {
              const def = defs.find((d) => d.key === k);
              return (
                <div key={k} className="fact-row">
                  <dt>{def ? fieldLabel(def, lang) : k}</dt>
                  <dd data-field={k}>
                    <FieldValue def={def} value={v} itemId={item.id} />
                  </dd>
                </div>
              );
            })}
          </dl>
          <WebhookCalls calls={item.webhooks ?? []} names={names} when={when} />
          <h2>{t('work.reactions')}</h2>
          {item.reactions.length === 0 && <p className="muted">{t('work.noReactions')}</p>}
          {item.reactions.map((r, i) => (
            <blockquote key={i} className={`reaction${r.external ? ' reaction-external' : ''}`}>
              <p>{r.text}</p>
              <small className="muted">
                {who(r.userId)} · {when(r.at)} · {r.external ? t('work.externalShort') : t('work.internalShort')}
              </small>
            </blockquote>
          ))}
        </section>
        <section className="card">
          <h2>{t('work.history')}</h2>
          <ol className="history">
            {[...item.history].reverse().map((h, i) => (
              <li key={i}>
                <span className="muted">{when(h.at)}</span> {t(`work.events.${h.kind}`, { defaultValue: h.kind })}
                {h.nodeId && names.has(h.nodeId) && <> · {names.get(h.nodeId)}</>}
                {h.userId && <> · {who(h.userId)}</>}
                {h.via && (
                  <>
                    {' '}
                    · {h.via.kind === 'link' ? t('actFromMail.byLink') : t('actFromMail.byReply', { from: h.via.from })}
                  </>
                )}
                {h.detail && <span className="muted"> · {h.detail}</span>}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </article>
  );
}
