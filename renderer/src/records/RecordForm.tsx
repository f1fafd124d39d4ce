import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrmRecord } from '@shared/model/record';
import { recordFields, type RecordFieldSpec, type StoredEntity } from '@shared/records/fields';
import { recordOptions } from '@shared/records/options';
import { useApp } from '../state/context';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorText';
import {
  formatDateInput,
  formatLocaleNumber,
  type LocaleProblem,
  parseLocaleDate,
  parseLocaleNumber,
} from '@shared/fields/locale-number';
import type { Language } from '@shared/model/common';
import { useLanguage } from '../forms/field-text';
import { useFormProblems } from '../forms/useFormProblems';
import { FormFooter, FormRow } from '../ui/FormRow';
import { fromLocalInput, toLocalInput } from '../ui/local-time';
import { RecordFieldInput } from './RecordFieldInput';
import { useApiCall } from '../ui/use-api-call';

interface Props {
  entity: StoredEntity;
  record?: CrmRecord;
  /** Every record, for the fields that link to one. */
  records: readonly CrmRecord[];
  onSaved(record: CrmRecord): void;
  onCancel(): void;
}

/** A field's stored value as its input holds it: times in local wall time, numbers and dates as the UI language writes them. */
const inputValue = (spec: RecordFieldSpec, value: unknown, lang: Language): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return formatLocaleNumber(value, lang);
  if (spec.kind === 'date' && typeof value === 'string') return formatDateInput(value, lang);
  return spec.kind === 'dateTime' && typeof value === 'string' ? toLocalInput(value) : String(value);
};

/** A new record starts at the first stage or status of its lists and with you as the one responsible. */
const initialValue = (spec: RecordFieldSpec, userId: string): string => {
  if (spec.kind === 'choice' && spec.required) return recordOptions[spec.options!][0];
  return spec.key === 'responsible' ? userId : '';
};

/**
 * The form's values as the API takes them: numbers and dates read in the UI language (what cannot be is not
 * sent: `unread` says why), local times as UTC; a cleared field is null when editing.
 */
function toFields(specs: RecordFieldSpec[], values: Record<string, string>, editing: boolean, lang: Language) {
  const fields: Record<string, unknown> = {};
  const unread = new Map<string, LocaleProblem>();
  for (const spec of specs) {
    const raw = (values[spec.key] ?? '').trim();
    if (raw === '') {
      if (editing) fields[spec.key] = null;
      continue;
    }
    if (spec.kind === 'number' || spec.kind === 'date') {
      const n = spec.kind === 'number' ? parseLocaleNumber(raw, lang) : parseLocaleDate(raw, lang);
      if (n.ok) fields[spec.key] = n.value;
      else unread.set(spec.key, n.problem);
    } else if (spec.kind === 'dateTime') fields[spec.key] = fromLocalInput(raw) ?? raw;
    else fields[spec.key] = raw;
  }
  return { fields, unread };
}

/** Create or edit a record in a form made from its entity's field specs; the API's problems show at their fields. */
export function RecordForm({ entity, record, records, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const formId = useId();
  const client = useApp((s) => s.client);
  const directory = useApp((s) => s.directory);
  const specs = recordFields[entity];
  const [title, setTitle] = useState(record?.title ?? '');
  const currentUserId = useApp((s) => s.me.userId);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      specs.map((s) => [s.key, record ? inputValue(s, record.fields[s.key], lang) : initialValue(s, currentUserId)]),
    ),
  );
  const { busy: saving, error, setError, run } = useApiCall();
  const { problems: byField, onlyFields, setUnread } = useFormProblems(error, ['title', ...specs.map((s) => s.key)]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const { fields, unread } = toFields(specs, values, record !== undefined, lang);
    setUnread(unread);
    if (unread.size) return;
    const saved = await run(() =>
      record
        ? client.call('records.update', { id: record.id, title: title.trim(), fields })
        : client.call('records.create', { entity, title: title.trim(), fields }),
    );
    if (saved) onSaved(saved);
  };

  const row = (
    key: string,
    label: string,
    required: boolean | undefined,
    input: (id: string, invalid: boolean) => ReactNode,
  ) => {
    const inputId = `${formId}-${key}`;
    const problem = byField.get(key);
    return (
      <FormRow key={key} id={inputId} label={label} required={required} problem={problem}>
        {input(inputId, problem !== undefined)}
      </FormRow>
    );
  };

  return (
    <Dialog
      title={
        record
          ? t('records.editTitle', { name: record.title })
          : t('records.newTitle', { entity: t(`records.entity.${entity}`) })
      }
      onClose={onCancel}
      footer={<FormFooter formId={formId} saving={saving} onCancel={onCancel} />}
    >
      <form id={formId} className="form record-form" onSubmit={submit} noValidate>
        {row('title', t('records.titleField'), true, (id, invalid) => (
          <input
            id={id}
            name="title"
            type="text"
            autoComplete="off"
            required
            aria-invalid={invalid || undefined}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        ))}
        {specs.map((spec) =>
          row(spec.key, t(`records.fields.${entity}.${spec.key}`), spec.required, (id, invalid) => (
            <RecordFieldInput
              spec={spec}
              id={id}
              value={values[spec.key] ?? ''}
              directory={directory}
              records={records}
              selfId={record?.id}
              invalid={invalid}
              onChange={(v) => setValues((prev) => ({ ...prev, [spec.key]: v }))}
            />
          )),
        )}
        {specs.some((s) => s.kind === 'dateTime') && <p className="muted small">{t('records.localTime')}</p>}
        {(error !== null || byField.size > 0) &&
          (onlyFields ? (
            <p className="error-box" role="alert">
              {t('errors.checkFields')}
            </p>
          ) : (
            <ErrorBox error={error} />
          ))}
      </form>
    </Dialog>
  );
}
