import { useTranslation } from 'react-i18next';
import type { WebhookCall } from '@shared/model/webhook-call';
import './webhook-calls.css';

/** The webhook steps an item went through: what was called, how it went, and the start of the answer. */
export function WebhookCalls({
  calls,
  names,
  when,
}: {
  calls: readonly WebhookCall[];
  names: ReadonlyMap<string, string>;
  when(iso: string): string;
}) {
  const { t } = useTranslation();
  if (!calls.length) return null;
  return (
    <>
      <h2>{t('webhooks.item.title')}</h2>
      <ul className="webhook-calls" data-testid="webhook-calls">
        {calls.map((c) => (
          <li key={c.key} className={c.status === 'failed' ? 'error-box' : undefined}>
            <div>
              <strong>{names.get(c.nodeId) ?? c.nodeId}</strong> · <code>{`${c.method} ${c.url}`}</code>
            </div>
            <div className={c.status === 'failed' ? undefined : 'muted'}>
              {c.status === 'done'
                ? t('webhooks.item.done', { status: c.responseStatus })
                : t(`webhooks.item.${c.status}`, { attempts: c.attempts })}
              {c.at && <> · {when(c.at)}</>}
              {c.error && <> · {c.error}</>}
              {c.nextAttemptAt && <> · {t('webhooks.item.next', { when: when(c.nextAttemptAt) })}</>}
            </div>
            {c.responseBody && (
              <details>
                <summary>{t('webhooks.item.response')}</summary>
                <pre>{c.responseBody}</pre>
              </details>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
