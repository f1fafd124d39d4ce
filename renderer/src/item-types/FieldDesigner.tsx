import { useTranslation } from 'react-i18next';
import { FieldTypes, type FieldType } from '@shared/model/item-type';
import { Languages } from '@shared/model/common';
import { Icon } from '../ui/icons';
import { emptyField, type FieldDraft } from './draft';

interface Props {
  fields: FieldDraft[];
  onChange(fields: FieldDraft[]): void;
  /** Problems from the server by path (`fields[2].key`). */
  problems: Map<string, string>;
}

/** The form of an item type: add a field of any kind, label and help per language, reorder, remove. */
export function FieldDesigner({ fields, onChange, problems }: Props) {
  const { t } = useTranslation();
  const set = (i: number, change: Partial<FieldDraft>) =>
    onChange(fields.map((f, j) => (j === i ? { ...f, ...change } : f)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...fields];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
  };
  const problem = (i: number, part: string) => problems.get(`fields[${i}].${part}`);
  return (
    <div className="it-fields">
      {fields.length === 0 && <p className="muted">{t('itemTypes.noFields')}</p>}
      {fields.map((field, i) => {
        const id = `it-field-${i}`;
        return (
          <fieldset key={i} className="it-field" aria-label={t('itemTypes.field.title', { n: i + 1 })}>
            <div className="it-field-head">
              <strong>{t('itemTypes.field.title', { n: i + 1 })}</strong>
              <span className="it-field-tools">
                <button
                  type="button"
                  className="icon-button"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                  aria-label={t('itemTypes.field.up')}
                  title={t('itemTypes.field.up')}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  disabled={i === fields.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={t('itemTypes.field.down')}
                  title={t('itemTypes.field.down')}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button danger"
                  onClick={() => onChange(fields.filter((_, j) => j !== i))}
                  aria-label={t('itemTypes.field.remove')}
                  title={t('itemTypes.field.remove')}
                >
                  <Icon name="trash" size={16} />
                </button>
              </span>
            </div>
            <div className="it-grid">
              <label htmlFor={`${id}-type`}>{t('itemTypes.field.type')}</label>
              <select
                id={`${id}-type`}
                value={field.type}
                onChange={(e) => set(i, { type: e.target.value as FieldType })}
              >
                {FieldTypes.map((type) => (
                  <option key={type} value={type}>
                    {t(`itemTypes.types.${type}`)}
                  </option>
                ))}
              </select>
              <label htmlFor={`${id}-key`}>{t('itemTypes.field.key')}</label>
              <span>
                <input
                  id={`${id}-key`}
                  type="text"
                  value={field.key}
                  title={t('itemTypes.field.keyHint')}
                  onChange={(e) => set(i, { key: e.target.value })}
                />
                {problem(i, 'key') && <span className="field-error">{problem(i, 'key')}</span>}
              </span>
              <PerLanguageRow
                id={`${id}-label`}
                label={(lang) => t('itemTypes.field.label', { lang })}
                texts={field.labels}
                onChange={(labels) => set(i, { labels })}
              />
              <PerLanguageRow
                id={`${id}-help`}
                label={(lang) => t('itemTypes.field.help', { lang })}
                texts={field.help}
                onChange={(help) => set(i, { help })}
              />
              {field.type === 'choice' && (
                <>
                  <label htmlFor={`${id}-options`}>{t('itemTypes.field.options')}</label>
                  <span>
                    <textarea
                      id={`${id}-options`}
                      rows={3}
                      value={field.options}
                      onChange={(e) => set(i, { options: e.target.value })}
                    />
                    {problem(i, 'options') && <span className="field-error">{problem(i, 'options')}</span>}
                  </span>
                </>
              )}
              <span />
              <label className="it-check">
                <input
                  type="checkbox"
                  checked={field.required}
                  onChange={(e) => set(i, { required: e.target.checked })}
                />{' '}
                {t('itemTypes.field.required')}
              </label>
            </div>
            {problem(i, 'type') && <p className="field-error">{problem(i, 'type')}</p>}
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...fields, emptyField(fields.length + 1)])}>
        <Icon name="plus" size={16} /> {t('itemTypes.addField')}
      </button>
    </div>
  );
}

/** One text per UI language side by side (each input named with its language), labelled by the Dutch one's name. */
function PerLanguageRow({
  id,
  label,
  texts,
  onChange,
}: {
  id: string;
  label(lang: string): string;
  texts: FieldDraft['labels'];
  onChange(texts: FieldDraft['labels']): void;
}) {
  return (
    <>
      <label htmlFor={`${id}-nl`}>{label('NL').replace(/\s*\(NL\)$/, '')}</label>
      <span className="it-languages">
        {Languages.map((lang) => (
          <input
            key={lang}
            id={`${id}-${lang}`}
            type="text"
            aria-label={label(lang.toUpperCase())}
            placeholder={lang.toUpperCase()}
            value={texts[lang]}
            onChange={(e) => onChange({ ...texts, [lang]: e.target.value })}
          />
        ))}
      </span>
    </>
  );
}
