import { useTranslation } from 'react-i18next';
import { Choose, type Common } from '../forms/Choose';
import { entryLabel } from '@shared/directory';
import type { Directory } from '@shared/model/directory';
import type { CrmRecord } from '@shared/model/record';
import type { RecordFieldSpec } from '@shared/records/fields';
import { recordOptions } from '@shared/records/options';

interface Props {
  spec: RecordFieldSpec;
  id: string;
  /** What the input holds: text as typed (dates too, in the UI language); a datetime-local value for dateTime. */
  value: string;
  directory: Directory;
  records: readonly CrmRecord[];
  selfId?: string;
  invalid: boolean;
  onChange(value: string): void;
}

/** The options of a select field: choices as they are, users, contacts, organisations and records by name. */
function optionsOf(
  spec: RecordFieldSpec,
  directory: Directory,
  records: readonly CrmRecord[],
  selfId?: string,
): { value: string; label: string }[] | null {
  switch (spec.kind) {
    case 'choice':
      return recordOptions[spec.options!].map((o) => ({ value: o, label: o }));
    case 'user':
      return directory.users.map((u) => ({ value: u.id, label: u.name }));
    case 'contact':
      return directory.contacts.map((c) => ({ value: c.id, label: entryLabel('contacts', c) }));
    case 'organisation':
      return directory.organisations.map((o) => ({ value: o.id, label: entryLabel('organisations', o) }));
    case 'record':
      return records
        .filter((r) => r.entity === spec.entity && r.id !== selfId)
        .map((r) => ({ value: r.id, label: r.title }));
    default:
      return null;
  }
}

/** The input for one record field, by its kind (see shared/records/fields.ts). */
export function RecordFieldInput({ spec, id, value, directory, records, selfId, invalid, onChange }: Props) {
  const { t } = useTranslation();
  const common: Common = {
    id,
    name: spec.key,
    required: spec.required ?? false,
    ...(invalid ? { 'aria-invalid': true as const } : {}),
  };
  const options = optionsOf(spec, directory, records, selfId);
  if (options) return <Choose common={common} value={value} options={options} onChange={onChange} />;
  switch (spec.kind) {
    case 'longText':
      return <textarea {...common} rows={4} value={value} onChange={(e) => onChange(e.target.value)} />;
    case 'number':
      // Typed as the UI language writes numbers (6.250,50 in Dutch), read by the form, not the browser.
      return (
        <input
          {...common}
          type="text"
          autoComplete="off"
          inputMode="decimal"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'dateTime':
      return <input {...common} type="datetime-local" value={value} onChange={(e) => onChange(e.target.value)} />;
    case 'date':
      // Typed as the UI language writes dates (26-11-2026 in Dutch), read by the form, not the browser.
      return (
        <input
          {...common}
          type="text"
          autoComplete="off"
          placeholder={t('forms.datePlaceholder')}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    default:
      return (
        <input {...common} type="text" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
      );
  }
}
