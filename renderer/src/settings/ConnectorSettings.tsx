import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connector, ItemType } from '@shared/model/item-type';
import type { MessageTemplate } from '@shared/model/template';
import { useApp } from '../state/context';
import { ErrorBox } from '../ui/ErrorText';
import { headerLines, parseHeaderLines } from '../ui/header-lines';
import { NamedSelect } from '../ui/NamedSelect';
import { useApiCall } from '../ui/use-api-call';

type Kind = 'none' | Connector['type'];
interface Draft {
  kind: Kind;
  url: string;
  headers: string;
  maxAttempts: number;
  to: string;
  templateId: string;
}

const draftOf = (c: Connector | undefined, templates: MessageTemplate[]): Draft => ({
  kind: c?.type ?? 'none',
  url: c?.type === 'webhook' ? c.url : '',
  headers: c?.type === 'webhook' ? headerLines(c.headers) : '',
  maxAttempts: c?.type === 'webhook' ? c.maxAttempts : 6,
  to: c?.type === 'mail' ? c.to : '',
  templateId: c?.type === 'mail' ? c.templateId : (templates[0]?.id ?? ''),
});

const connectorOf = (d: Draft): Connector | null =>
  d.kind === 'webhook'
    ? { type: 'webhook', url: d.url.trim(), headers: parseHeaderLines(d.headers), maxAttempts: d.maxAttempts }
    : d.kind === 'mail'
      ? { type: 'mail', to: d.to.trim(), templateId: d.templateId }
      : null;

/** Approval messages (seed 002): where an approved item of each approval type is delivered. */
export function ConnectorSettings() {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const [types, setTypes] = useState<ItemType[]>([]);
  const [templates, setTemplates] = useState<MessageTemplate[]>([]);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const { error, setError, run } = useApiCall();

  useEffect(() => {
    Promise.all([client.call('itemTypes.list'), client.call('templates.list')]).then(([all, tpls]) => {
      const approval = all.filter((it) => it.requiredActions.includes('approve'));
      setTypes(approval);
      setTemplates(tpls);
      setDrafts(Object.fromEntries(approval.map((it) => [it.id, draftOf(it.connector, tpls)])));
    }, setError);
  }, [client, setError]);

  if (types.length === 0 && error === null) return null;
  const change = (id: string, patch: Partial<Draft>) => {
    setSaved(null);
    setDrafts({ ...drafts, [id]: { ...drafts[id]!, ...patch } });
  };
  const save = async (id: string) => {
    setSaved(null);
    await run(async () => {
      await client.call('itemTypes.saveConnector', { itemTypeId: id, connector: connectorOf(drafts[id]!) });
      setSaved(id);
    });
  };
  return (
    <fieldset className="card connector-card">
      <legend>{t('connectors.title')}</legend>
      <p className="muted">{t('connectors.intro')}</p>
      {types.map((it) => {
        const d = drafts[it.id]!;
        const id = (key: string) => `connector-${it.id}-${key}`;
        return (
          <div key={it.id} className="connector" data-testid={`connector-${it.id}`}>
            <h3>{it.name}</h3>
            <div className="segmented" role="radiogroup" aria-label={t('connectors.kind', { name: it.name })}>
              {(['none', 'webhook', 'mail'] as const).map((k) => (
                <label key={k} className={d.kind === k ? 'active' : undefined}>
                  <input
                    type="radio"
                    name={id('kind')}
                    checked={d.kind === k}
                    onChange={() => change(it.id, { kind: k })}
                  />
                  {t(`connectors.kinds.${k}`)}
                </label>
              ))}
            </div>
            {d.kind === 'webhook' && (
              <>
                <div className="form-row">
                  <label htmlFor={id('url')}>{t('connectors.url')}</label>
                  <input
                    id={id('url')}
                    type="url"
                    placeholder="https://…"
                    value={d.url}
                    onChange={(e) => change(it.id, { url: e.target.value })}
                  />
                </div>
                <div className="form-row">
                  <label htmlFor={id('headers')}>{t('connectors.headers')}</label>
                  <textarea
                    id={id('headers')}
                    rows={2}
                    placeholder="Authorization: Bearer …"
                    value={d.headers}
                    onChange={(e) => change(it.id, { headers: e.target.value })}
                  />
                </div>
                <div className="form-row">
                  <label htmlFor={id('attempts')}>{t('connectors.maxAttempts')}</label>
                  <input
                    id={id('attempts')}
                    type="number"
                    min={1}
                    max={20}
                    value={d.maxAttempts}
                    onChange={(e) => change(it.id, { maxAttempts: Number(e.target.value) || 1 })}
                  />
                </div>
                <p className="muted">{t('connectors.webhookHint')}</p>
              </>
            )}
            {d.kind === 'mail' && (
              <>
                <div className="form-row">
                  <label htmlFor={id('to')}>{t('connectors.to')}</label>
                  <input
                    id={id('to')}
                    type="email"
                    value={d.to}
                    onChange={(e) => change(it.id, { to: e.target.value })}
                  />
                </div>
                <div className="form-row">
                  <label htmlFor={id('template')}>{t('connectors.template')}</label>
                  <NamedSelect
                    id={id('template')}
                    value={d.templateId}
                    options={templates}
                    onChange={(templateId) => change(it.id, { templateId })}
                  />
                </div>
                <p className="muted">
                  {t('connectors.mailHint', { field: '{{Item.Payload}}', interpolation: { escapeValue: false } })}
                </p>
              </>
            )}
            {saved === it.id && (
              <p className="ok-box" role="status">
                {t('connectors.saved')}
              </p>
            )}
            <button type="button" className="primary" onClick={() => void save(it.id)}>
              {t('connectors.save')}
            </button>
          </div>
        );
      })}
      {error !== null && <ErrorBox error={error} />}
    </fieldset>
  );
}
