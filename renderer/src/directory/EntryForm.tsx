import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveEntryInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { directoryFields, entryLabel, type FieldSpec } from '../../../shared/directory';
import type { DirectoryEntry, DirectoryKind } from '../../../shared/model/directory';
import { useApp } from '../state/context';
import { Dialog } from '../ui/Dialog';
import { ErrorBox, useIssueText } from '../ui/ErrorText';
import { FieldInput, type FormValue } from './FieldInput';

interface Props {
  kind: DirectoryKind;
  entry?: DirectoryEntry;
  onSaved(label: string): void;
  onCancel(): void;
}

/** The values of the form as the entry expects them: empty fields left out. */
function toEntry(fields: FieldSpec[], values: Record<string, FormValue>, id?: string): Record<string, unknown> {
  const entry: Record<string, unknown> = id ? { id } : {};
  for (const f of fields) {
    const v = values[f.key];
    if (typeof v === 'string') {
      if (v.trim() !== '') entry[f.key] = v.trim();
    } else if (v !== undefined) entry[f.key] = v;
  }
  return entry;
}

export function EntryForm({ kind, entry, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const formId = useId();
  const directory = useApp((s) => s.directory);
  const saveEntry = useApp((s) => s.saveEntry);
  const fields = directoryFields[kind] as FieldSpec[];
  const [values, setValues] = useState<Record<string, FormValue>>(() => ({ ...(entry as Record<string, FormValue> | undefined) }));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const issueText = useIssueText();
  const fieldErrors = new Map<string, string>();
  if (error instanceof ApiError) for (const i of error.issues) fieldErrors.set(i.path.replace(/^entry\./, '').split(/[.[]/)[0]!, issueText(i.message));
  const onlyFieldErrors = error instanceof ApiError && error.issues.length > 0 && error.issues.every((i) => fields.some((f) => i.path.replace(/^entry\./, '').startsWith(f.key)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const saved = toEntry(fields, values, entry?.id);
      await saveEntry({ kind, entry: saved } as SaveEntryInput);
      onSaved(entryLabel(kind, saved as DirectoryEntry, directory));
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const title = entry ? t('directory.editTitle', { name: entryLabel(kind, entry, directory) }) : t('directory.newTitle', { kind: t(`directory.kind.${kind}`) });
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      footer={
        <>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="primary" disabled={saving}>
            {saving ? t('common.saving') : t('common.save')}
          </button>
        </>
      }
    >
      <form id={formId} className="form" onSubmit={submit} noValidate>
        {fields.map((f) => {
          const inputId = `${formId}-${f.key}`;
          const problem = fieldErrors.get(f.key);
          return (
            <div key={f.key} className={`form-row${f.kind === 'boolean' ? ' form-row-inline' : ''}`}>
              <label htmlFor={inputId}>
                {t(`directory.fields.${f.key}`)}
                {f.required && <span className="required"> *</span>}
              </label>
              <FieldInput
                field={f}
                id={inputId}
                value={values[f.key]}
                directory={directory}
                selfId={entry?.id}
                invalid={problem !== undefined}
                onChange={(v) => setValues((prev) => ({ ...prev, [f.key]: v }))}
              />
              {problem && <p className="field-error">{problem}</p>}
            </div>
          );
        })}
        {error !== null && (onlyFieldErrors ? <p className="error-box" role="alert">{t('errors.checkFields')}</p> : <ErrorBox error={error} />)}
      </form>
    </Dialog>
  );
}
