import { useTranslation } from 'react-i18next';
import type { Directory } from '@shared/model/directory';
import { NamedSelect } from '../../../ui/NamedSelect';
import type { SampleField } from './sample-item';

/** One field of a simulated item, as the input its kind asks for. */
export function FieldInput({
  id,
  field,
  value,
  directory,
  onChange,
}: {
  id: string;
  field: SampleField;
  value: string;
  directory: Directory;
  onChange(value: string): void;
}) {
  const { t } = useTranslation();
  switch (field.kind) {
    case 'choice':
      return (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">—</option>
          {field.options?.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      );
    case 'user':
      return (
        <NamedSelect id={id} value={value} empty={t('simulate.nobody')} options={directory.users} onChange={onChange} />
      );
    case 'contact':
      return (
        <NamedSelect
          id={id}
          value={value}
          empty={t('simulate.nobody')}
          options={directory.contacts}
          onChange={onChange}
        />
      );
    case 'boolean':
      return (
        <input
          id={id}
          type="checkbox"
          checked={value === 'true'}
          onChange={(e) => onChange(String(e.target.checked))}
        />
      );
    default:
      return (
        <input
          id={id}
          type={field.kind === 'date' ? 'date' : field.kind === 'number' ? 'number' : 'text'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}
