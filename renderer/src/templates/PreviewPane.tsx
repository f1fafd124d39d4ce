import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Languages, type Language } from '@shared/model/common';
import type { Attachment } from '@shared/model/template';
import type { Addressee } from '@shared/model/message-setting';
import { previewDocument } from './preview-frame';
import { ProblemList } from './ProblemList';
import type { DataSources } from './useDataSources';
import type { Preview } from './usePreview';

const addressees: { key: string; value: Addressee }[] = [
  { key: 'taskUsers', value: { type: 'taskUsers' } },
  { key: 'submitter', value: { type: 'submitter' } },
  { key: 'taskManager', value: { type: 'taskManager' } },
  { key: 'userField', value: { type: 'userField', field: 'responsible' } },
  { key: 'contactField', value: { type: 'contactField', field: 'contact' } },
];

/** Options under a heading, or nothing when there are none. */
type Option = [value: string, text: string];
function OptionGroup({ label, options }: { label: string; options: Option[] }) {
  if (!options.length) return null;
  return (
    <optgroup label={label}>
      {options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </optgroup>
  );
}

/** Subject, HTML (sandboxed), text and problems per language, and who the addressee reaches. */
export function PreviewPane({
  attachments,
  preview,
  addressee,
  onAddressee,
  sources,
  dataSource,
  onDataSource,
}: {
  attachments: Attachment[];
  preview: Preview | null;
  addressee: Addressee;
  onAddressee(a: Addressee): void;
  sources: DataSources;
  /** "" for the sample, "type:<id>" for an item type's sample, "item:", "record:" or "contact:<id>" for real data. */
  dataSource: string;
  onDataSource(source: string): void;
}) {
  const { t } = useTranslation();
  const itemOptions = sources.items.map((it): Option => [`item:${it.id}`, `${it.number} · ${it.subject}`]);
  const entity = (r: DataSources['records'][number]) => t(`records.entity.${r.entity as 'deal'}`);
  const recordOptions = sources.records.map((r): Option => [`record:${r.id}`, `${entity(r)} · ${r.title}`]);
  const contactOptions = sources.contacts.map((c): Option => [`contact:${c.id}`, c.name]);
  const [view, setView] = useState<Language | 'all'>('all');
  const [part, setPart] = useState<'html' | 'text'>('html');
  const shown = (view === 'all' ? Languages : [view]).filter(
    (l) => preview?.renders[l] !== undefined || view !== 'all',
  );
  return (
    <section className="preview" aria-label={t('templates.preview')}>
      <header className="preview-head">
        <h2>{t('templates.preview')}</h2>
        <select aria-label={t('templates.dataOf')} value={dataSource} onChange={(e) => onDataSource(e.target.value)}>
          <option value="">{t('templates.sample')}</option>
          {sources.itemTypes.map((it) => (
            <option key={it.id} value={`type:${it.id}`}>
              {t('templates.sampleOf', { type: it.name })}
            </option>
          ))}
          <OptionGroup label={t('templates.sources.items')} options={itemOptions} />
          <OptionGroup label={t('templates.sources.records')} options={recordOptions} />
          <OptionGroup label={t('templates.sources.contacts')} options={contactOptions} />
        </select>
        <div className="segmented small" role="radiogroup" aria-label={t('templates.language')}>
          {(['all', ...Languages] as const).map((l) => (
            <label key={l} className={view === l ? 'active' : undefined}>
              <input type="radio" name="preview-lang" checked={view === l} onChange={() => setView(l)} />
              {l === 'all' ? t('templates.allLanguages') : l.toUpperCase()}
            </label>
          ))}
        </div>
        <div className="segmented small" role="radiogroup" aria-label={t('templates.part')}>
          {(['html', 'text'] as const).map((p) => (
            <label key={p} className={part === p ? 'active' : undefined}>
              <input type="radio" name="preview-part" checked={part === p} onChange={() => setPart(p)} />
              {t(`templates.parts.${p}`)}
            </label>
          ))}
        </div>
      </header>
      <div className={`preview-columns cols-${shown.length}`}>
        {shown.map((language) => {
          const r = preview?.renders[language];
          return (
            <article key={language} className="preview-card" data-language={language}>
              <h3>{t(`languages.${language}`)}</h3>
              {!r ? (
                <p className="problem">{t('templates.problems.missingLanguage')}</p>
              ) : (
                <>
                  <p className="preview-subject" data-testid={`subject-${language}`}>
                    {r.subject || <span className="muted">{t('templates.noSubject')}</span>}
                  </p>
                  {part === 'html' ? (
                    <iframe
                      title={`${t('templates.preview')} ${language}`}
                      sandbox=""
                      srcDoc={previewDocument(r.html)}
                    />
                  ) : (
                    <pre className="preview-text" tabIndex={0}>
                      {r.text}
                    </pre>
                  )}
                  <ProblemList problems={r.problems} />
                </>
              )}
            </article>
          );
        })}
      </div>
      {attachments.length > 0 && (
        <p className="preview-attachments">
          {t('templates.attachments')}: {attachments.map((a) => `📎 ${a.name}`).join('  ')}
        </p>
      )}
      <div className="recipients">
        <div className="recipients-head">
          <h3>{t('templates.recipients')}</h3>
          <select
            aria-label={t('templates.addressee')}
            value={addressees.find((a) => JSON.stringify(a.value) === JSON.stringify(addressee))?.key}
            onChange={(e) => onAddressee(addressees.find((a) => a.key === e.target.value)!.value)}
          >
            {addressees.map((a) => (
              <option key={a.key} value={a.key}>
                {t(`design.whoTypes.${a.value.type}`)}
              </option>
            ))}
          </select>
        </div>
        <ul>
          {(preview?.recipients ?? []).map((r) => (
            <li key={r.id} className={r.skip ? 'recipient-skip' : undefined}>
              <strong>{r.name}</strong>{' '}
              {r.email ? (
                <code>{r.email}</code>
              ) : (
                <span className="wf-missing">{t(`templates.skip.${r.skip ?? 'noAddress'}`)}</span>
              )}
              {r.skip === 'noConsent' && <span className="wf-missing"> {t('templates.skip.noConsent')}</span>}
              <span className="chain">
                {r.kind !== 'user'
                  ? t(`templates.chain.${r.kind}`)
                  : r.resolution.chain
                      .map((s) => `${t(`directory.resolution.${s.source as 'user'}`)}${s.address ? ' ✓' : ' ✗'}`)
                      .join(' → ')}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
