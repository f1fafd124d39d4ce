import type { FieldDef } from '../../../shared/model/item-type';
import type { Directory } from '../../../shared/model/directory';
import type { FieldInputValue } from './item-field-values';

interface Props {
  def: FieldDef;
  id: string;
  value: FieldInputValue | undefined;
  directory: Directory;
  invalid: boolean;
  onChange(value: FieldInputValue): void;
}

/** The input of one field of an item type: a list for choices and users, a checkbox for yes/no, else a typed input. */
export function ItemFieldInput({ def, id, value, directory, invalid, onChange }: Props) {
  const common = { id, name: def.key, 'aria-invalid': invalid || undefined, required: def.required };
  const text = typeof value === 'string' ? value : '';
  const typed = (type: string) => (
    <input {...common} type={type} value={text} onChange={(e) => onChange(e.target.value)} />
  );
  switch (def.type) {
    case 'boolean':
      return (
        <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
      );
    case 'choice':
    case 'user':
    case 'contact':
    case 'organisation': {
      // A choice without a list takes any text.
      if (def.type === 'choice' && !def.options?.length) return typed('text');
      const named = { user: directory.users, contact: directory.contacts, organisation: directory.organisations };
      const options =
        def.type === 'choice'
          ? (def.options ?? []).map((o) => ({ value: o, label: o }))
          : named[def.type].map((u) => ({ value: u.id, label: u.name }));
      return (
        <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
          <option value="">—</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    }
    case 'number':
    case 'date':
      return typed(def.type);
    case 'money':
      return <input {...common} type="text" inputMode="decimal" value={text} onChange={(e) => onChange(e.target.value)} />;
    case 'longText':
      return <textarea {...common} rows={4} value={text} onChange={(e) => onChange(e.target.value)} />;
    case 'text':
    case 'attachment':
      return typed('text');
    default: {
      const unknownType: never = def.type;
      throw new Error(`no input for fields of type ${String(unknownType)}`);
    }
  }
}
