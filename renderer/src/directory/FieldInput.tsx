import { useTranslation } from 'react-i18next';
import { entryLabel, type FieldSpec } from '@shared/directory';
import { Languages } from '@shared/model/common';
import type { Directory, DirectoryEntry } from '@shared/model/directory';

export type FormValue = string | boolean | string[];

interface Props {
  field: FieldSpec;
  id: string;
  value: FormValue | undefined;
  directory: Directory;
  /** Entry being edited, so it is not offered as a reference to itself. */
  selfId?: string;
  onChange(value: FormValue): void;
  invalid: boolean;
}

/** The input for one field, by its kind: text, e-mail, date, yes/no, language, one or many references. */
export function FieldInput({ field, id, value, directory, selfId, onChange, invalid }: Props) {
  const { t } = useTranslation();
  const common = { id, 'aria-invalid': invalid || undefined, name: field.key };
  const options = field.ref ? (directory[field.ref] as DirectoryEntry[]).filter((e) => e.id !== selfId) : [];
  switch (field.kind) {
    case 'boolean':
      return (
        <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
      );
    case 'language':
      return (
        <select {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('common.none')}</option>
          {Languages.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      );
    case 'ref':
      return (
        <select {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('common.none')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {entryLabel(field.ref!, o, directory)}
            </option>
          ))}
        </select>
      );
    case 'refs': {
      const selected = Array.isArray(value) ? value : [];
      return (
        <div className="check-list" id={id} role="group" aria-labelledby={`${id}-label`}>
          {options.map((o) => (
            <label key={o.id}>
              <input
                type="checkbox"
                checked={selected.includes(o.id)}
                onChange={(e) => onChange(e.target.checked ? [...selected, o.id] : selected.filter((s) => s !== o.id))}
              />
              {entryLabel(field.ref!, o, directory)}
            </label>
          ))}
        </div>
      );
    }
    default:
      return (
        <input
          {...common}
          type={field.kind === 'email' ? 'email' : field.kind === 'date' ? 'date' : 'text'}
          value={typeof value === 'string' ? value : ''}
          required={field.required}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}
