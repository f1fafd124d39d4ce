import { useTranslation } from 'react-i18next';
import type { Directory } from '../../../../../shared/model/directory';
import type { SampleField } from './sample-item';

/** One field of a simulated item, as the input its kind asks for. */
export function FieldInput({ id, field, value, directory, onChange }: { id: string; field: SampleField; value: string; directory: Directory; onChange(value: string): void }) {
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
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('simulate.nobody')}</option>
          {directory.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      );
    case 'contact':
      return (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('simulate.nobody')}</option>
          {directory.contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      );
    case 'boolean':
      return <input id={id} type="checkbox" checked={value === 'true'} onChange={(e) => onChange(String(e.target.checked))} />;
    default:
      return <input id={id} type={field.kind === 'date' ? 'date' : field.kind === 'number' ? 'number' : 'text'} value={value} onChange={(e) => onChange(e.target.value)} />;
  }
}
