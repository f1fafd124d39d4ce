import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldChoice, findField, useFieldGroups } from './field-choices';

const OTHER = '\u0000other';

/**
 * A field picked from the workflow's lists (item type or record fields). A name the graph uses that
 * is not declared stays, shown as such with a text box to change it; "Another field…" allows typing one.
 */
export function FieldSelect({
  id,
  value,
  onChange,
  label,
}: {
  id?: string;
  value: string;
  onChange(key: string): void;
  label: string;
}) {
  const { t } = useTranslation();
  const groups = useFieldGroups();
  const known = findField(groups, value);
  const [typing, setTyping] = useState(false);
  const free = typing || (value !== '' && !known);
  return (
    <>
      <select
        id={id}
        aria-label={label}
        value={free ? OTHER : value}
        onChange={(e) => {
          const other = e.target.value === OTHER;
          setTyping(other);
          onChange(other ? '' : e.target.value);
        }}
      >
        <option value="">{t('editorAid.fields.pick')}</option>
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.fields.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label}
              </option>
            ))}
          </optgroup>
        ))}
        <option value={OTHER}>
          {value && !known ? t('editorAid.fields.undeclared', { name: value }) : t('editorAid.fields.other')}
        </option>
      </select>
      {free && (
        <>
          <input
            type="text"
            aria-label={t('editorAid.fields.otherName')}
            placeholder={t('editorAid.fields.otherName')}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
          <p className="prop-hint">{t('editorAid.fields.undeclaredHint')}</p>
        </>
      )}
    </>
  );
}

type Value = string | number | boolean;

/** The value for a field: its choice list, yes/no, or free text for other kinds. */
export function ValueInput({
  id,
  field,
  value,
  onChange,
  label,
}: {
  id?: string;
  field: string;
  value: Value | undefined;
  onChange(v: Value): void;
  label: string;
}) {
  const { t } = useTranslation();
  const spec: FieldChoice | undefined = findField(useFieldGroups(), field);
  if (spec?.kind === 'boolean') {
    return (
      <select
        id={id}
        aria-label={label}
        value={value === true ? 'true' : value === false ? 'false' : ''}
        onChange={(e) => onChange(e.target.value === 'true')}
      >
        <option value="">{t('editorAid.fields.anyValue')}</option>
        <option value="true">{t('editorAid.fields.yes')}</option>
        <option value="false">{t('editorAid.fields.no')}</option>
      </select>
    );
  }
  if (spec?.kind === 'choice') {
    const current = String(value ?? '');
    const options = spec.options ?? [];
    return (
      <select id={id} aria-label={label} value={current} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('editorAid.fields.anyValue')}</option>
        {current && !options.includes(current) && <option value={current}>{current}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      id={id}
      type="text"
      aria-label={label}
      placeholder={label}
      value={String(value ?? '')}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
