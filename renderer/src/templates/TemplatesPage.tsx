import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Languages, type Language } from '@shared/model/common';
import { hasText, languagesWithText } from '@shared/messages/template-languages';
import type { Addressee } from '@shared/model/message-setting';
import type { MessageTemplate } from '@shared/model/template';
import { useApp } from '../state/context';
import { navigate } from '../state/route';
import { ErrorBox } from '../ui/ErrorText';
import { Icon } from '../ui/icons';
import { useToast } from '../ui/Toast';
import { AttachmentList } from './AttachmentList';
import { ExampleButton } from './ExampleButton';
import { limitsOfRefusal, SaveRefusal } from './SaveRefusal';
import { PreviewPane } from './PreviewPane';
import './templates.css';
import { TemplateTextEditor } from './TemplateTextEditor';
import { useDataSources } from './useDataSources';
import { sourceChoice, usePreview } from './usePreview';

const blank = (name: string): MessageTemplate => ({
  id: 'new',
  name,
  channel: 'email',
  audience: 'internal',
  attachments: [],
  generatedPdf: false,
  texts: { nl: { subject: '', html: '' }, en: { subject: '', html: '' }, de: { subject: '', html: '' } },
});

/** Templates: the list, the editor of one template and its live preview. */
export function TemplatesPage({ path }: { path: string[] }) {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const language = useApp((s) => s.settings.language);
  const [templates, setTemplates] = useState<MessageTemplate[] | null>(null);
  const [draft, setDraft] = useState<MessageTemplate | null>(null);
  const [dirty, setDirty] = useState(false);
  const [lang, setLang] = useState<Language>(language);
  const [addressee, setAddressee] = useState<Addressee>({ type: 'taskUsers' });
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [refused, setRefused] = useState<ReturnType<typeof limitsOfRefusal>>(null);
  const [dataSource, setDataSource] = useState('');
  const { sources } = useDataSources();
  const toast = useToast();
  const selectedId = path[0];

  const reload = useCallback(async () => {
    const list = await client.call('templates.list');
    setTemplates(list);
    return list;
  }, [client]);
  useEffect(() => void reload().catch(setError), [reload]);

  useEffect(() => {
    if (!templates) return;
    if (selectedId === 'new') setDraft(blank(t('templates.newName')));
    else setDraft(templates.find((x) => x.id === (selectedId ?? templates[0]?.id)) ?? null);
    setDirty(false);
  }, [selectedId, templates, t]);

  const edit = (change: Partial<MessageTemplate>) => {
    setDraft((d) => (d ? { ...d, ...change } : d));
    setRefused(null);
    setDirty(true);
  };
  const choice = useMemo(() => sourceChoice(dataSource), [dataSource]);
  // Nothing is previewed before a template is open (the list is still loading, or there is none).
  const { preview } = usePreview(draft, addressee, choice);

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    try {
      const { id, ...rest } = draft;
      const saved = await client.call('templates.save', { template: id === 'new' ? rest : draft });
      await reload();
      setDirty(false);
      setError(null);
      setRefused(null);
      toast.show(t('templates.saved', { name: saved.name }));
      navigate('templates', saved.id);
    } catch (e) {
      const limits = limitsOfRefusal(e);
      if (limits) setRefused(limits);
      else setError(e);
    } finally {
      setSaving(false);
    }
  };
  const duplicate = async () => {
    if (!draft) return;
    const { id: _id, ...rest } = draft;
    const saved = await client.call('templates.save', {
      template: { ...rest, name: t('design.list.copyName', { name: draft.name }) },
    });
    await reload();
    navigate('templates', saved.id);
  };
  const remove = async () => {
    if (!draft || !window.confirm(t('templates.confirmDelete', { name: draft.name }))) return;
    try {
      await client.call('templates.remove', { id: draft.id });
      await reload();
      navigate('templates');
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="page templates-page">
      <header className="page-head">
        <div>
          <h1>{t('templates.title')}</h1>
          <p className="muted">{t('templates.subtitle')}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="primary" onClick={() => navigate('templates', 'new')}>
            <Icon name="plus" size={16} /> {t('templates.new')}
          </button>
        </div>
      </header>
      {error !== null && <ErrorBox error={error} />}
      <div className="templates-layout">
        <nav className="template-list" aria-label={t('templates.title')}>
          {(templates ?? []).map((x) => (
            <a key={x.id} href={`#/templates/${x.id}`} className={x.id === draft?.id ? 'active' : undefined}>
              <span>{x.name}</span>
              <small>
                {t(`design.channels.${x.channel}`)} ·{' '}
                {languagesWithText(x)
                  .map((l) => l.toUpperCase())
                  .join(' ')}
              </small>
            </a>
          ))}
        </nav>
        {draft && (
          <div className="template-editor">
            <div className="template-meta">
              <div className="form-row">
                <label htmlFor="tpl-name">{t('templates.name')}</label>
                <input id="tpl-name" type="text" value={draft.name} onChange={(e) => edit({ name: e.target.value })} />
              </div>
              <div className="form-row">
                <label htmlFor="tpl-channel">{t('design.message.channel')}</label>
                <select
                  id="tpl-channel"
                  value={draft.channel}
                  onChange={(e) => edit({ channel: e.target.value as MessageTemplate['channel'] })}
                >
                  {(['email', 'inbox', 'both'] as const).map((c) => (
                    <option key={c} value={c}>
                      {t(`design.channels.${c}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="form-row">
                <label htmlFor="tpl-audience">{t('templates.audience')}</label>
                <select
                  id="tpl-audience"
                  value={draft.audience}
                  onChange={(e) => edit({ audience: e.target.value as MessageTemplate['audience'] })}
                >
                  <option value="internal">{t('templates.audiences.internal')}</option>
                  <option value="external">{t('templates.audiences.external')}</option>
                </select>
              </div>
            </div>
            <div className="tabs" role="tablist" aria-label={t('templates.language')}>
              {Languages.map((l) => (
                <button
                  key={l}
                  type="button"
                  role="tab"
                  aria-selected={l === lang}
                  className={l === lang ? 'active' : undefined}
                  onClick={() => setLang(l)}
                >
                  {t(`languages.${l}`)} {!hasText(draft.texts[l]) && <span className="count count-error">!</span>}
                </button>
              ))}
            </div>
            <TemplateTextEditor
              key={lang}
              value={draft.texts[lang] ?? { subject: '', html: '' }}
              onChange={(text) => edit({ texts: { ...draft.texts, [lang]: text } })}
              fields={preview?.fields ?? []}
            />
            <AttachmentList value={draft.attachments} onChange={(attachments) => edit({ attachments })} />
            <label className="prop-check">
              <input
                type="checkbox"
                checked={draft.generatedPdf}
                onChange={(e) => edit({ generatedPdf: e.target.checked })}
              />
              {t('templates.generatedPdf')}
            </label>
            <div className="template-actions">
              <button type="button" className="primary" onClick={() => void save()} disabled={!dirty || saving}>
                {dirty ? t('common.save') : t('templates.savedState')}
              </button>
              {draft.id !== 'new' && (
                <>
                  <button type="button" onClick={() => void duplicate()}>
                    {t('design.list.duplicate')}
                  </button>
                  <button type="button" className="danger-text" onClick={() => void remove()}>
                    {t('common.delete')}
                  </button>
                </>
              )}
            </div>
            {refused && <SaveRefusal refused={refused} />}
            <ExampleButton template={draft} language={lang} addressee={addressee} choice={choice} />
          </div>
        )}
        {draft && (
          <PreviewPane
            attachments={draft.attachments}
            preview={preview}
            addressee={addressee}
            onAddressee={setAddressee}
            sources={sources}
            dataSource={dataSource}
            onDataSource={setDataSource}
          />
        )}
      </div>
      {toast.view}
    </section>
  );
}
