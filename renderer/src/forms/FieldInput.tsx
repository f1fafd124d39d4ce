import { useTranslation } from 'react-i18next';
import { entryLabel } from '@shared/directory';
import type { Directory } from '@shared/model/directory';
import type { FieldDef } from '@shared/model/item-type';
import { useApp } from '../state/context';
import { AttachmentInput } from './AttachmentInput';
import { Choose, type Common } from './Choose';
import type { FormValue } from './form-values';

export interface FieldInputProps {
  def: FieldDef;
  id: string;
  value: FormValue | undefined;
  invalid: boolean;
  /** The input's help text, by id (aria-describedby). */
  describedBy?: string | undefined;
  /** The item a file is attached to (none: a new item). */
  itemId?: string | undefined;
  onChange(value: FormValue | undefined): void;
}

/** The names a user, contact or organisation field chooses from. */
function namedOptions(kind: 'user' | 'contact' | 'organisation', directory: Directory) {
  if (kind === 'user') return directory.users.map((u) => ({ value: u.id, label: u.name }));
  if (kind === 'contact') return directory.contacts.map((c) => ({ value: c.id, label: entryLabel('contacts', c) }));
  return directory.organisations.map((o) => ({ value: o.id, label: entryLabel('organisations', o) }));
}

/** The input of one item field, by its kind; numbers, money and dates are typed as the UI language writes them. */
export function FieldInput({ def, id, value, invalid, describedBy, itemId, onChange }: FieldInputProps) {
  const { t } = useTranslation();
  const directory = useApp((s) => s.directory);
  const common: Common = {
    id,
    name: def.key,
    required: def.required,
    ...(invalid ? { 'aria-invalid': true as const } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  };
  const text = typeof value === 'string' ? value : '';
  const typed = (extra: { inputMode?: 'decimal'; placeholder?: string } = {}) => (
    <input
      {...common}
      {...extra}
      type="text"
      autoComplete="off"
      value={text}
      onChange={(e) => onChange(e.target.value)}
    />
  );
  switch (def.type) {
    case 'text':
      return typed();
    case 'longText':
      return <textarea {...common} rows={4} value={text} onChange={(e) => onChange(e.target.value)} />;
    case 'number':
    case 'money':
      return typed({ inputMode: 'decimal' });
    case 'date':
      return typed({ placeholder: t('forms.datePlaceholder') });
    case 'choice':
      // A choice without a list takes any text.
      if (!def.options?.length) return typed();
      return (
        <Choose
          common={common}
          value={text}
          options={def.options.map((o) => ({ value: o, label: o }))}
          onChange={onChange}
        />
      );
    case 'boolean':
      return (
        <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
      );
    case 'user':
    case 'contact':
    case 'organisation':
      return <Choose common={common} value={text} options={namedOptions(def.type, directory)} onChange={onChange} />;
    case 'attachment':
      return <AttachmentInput {...common} value={value} itemId={itemId} onChange={onChange} />;
    default: {
      const unknownType: never = def.type;
      throw new Error(`no input for fields of type ${String(unknownType)}`);
    }
  }
}
