import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveEntryInput } from '@shared/api/contract';
import { directoryFields, entryLabel, type FieldSpec } from '@shared/directory';
import type { DirectoryEntry, DirectoryKind } from '@shared/model/directory';
import { useApp } from '../state/context';
import { Dialog } from '../ui/Dialog';
import { ErrorBox, fieldIssues, useIssueText } from '../ui/ErrorText';
import { FormFooter, FormRow } from '../ui/FormRow';
import { FieldInput, type FormValue } from './FieldInput';
import { type MailableKind, SentMessages } from './SentMessages';
import { useApiCall } from '../ui/use-api-call';

const hasMail = (kind: DirectoryKind): kind is MailableKind =>
  kind === 'contacts' || kind === 'organisations' || kind === 'persons';

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
  const [values, setValues] = useState<Record<string, FormValue>>(() => ({
    ...(entry as Record<string, FormValue> | undefined),
  }));
  const { busy: saving, error, run } = useApiCall();
  const issueText = useIssueText();
  const { byField: fieldErrors, onlyFields: onlyFieldErrors } = fieldIssues(
    error,
    /^entry\./,
    fields.map((f) => f.key),
    issueText,
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const saved = toEntry(fields, values, entry?.id);
      await saveEntry({ kind, entry: saved } as SaveEntryInput);
      onSaved(entryLabel(kind, saved as DirectoryEntry, directory));
    });
  };

  const title = entry
    ? t('directory.editTitle', { name: entryLabel(kind, entry, directory) })
    : t('directory.newTitle', { kind: t(`directory.kind.${kind}`) });
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      footer={<FormFooter formId={formId} saving={saving} onCancel={onCancel} />}
    >
      <form id={formId} className="form" onSubmit={submit} noValidate>
        {fields.map((f) => {
          const inputId = `${formId}-${f.key}`;
          const problem = fieldErrors.get(f.key);
          return (
            <FormRow
              key={f.key}
              id={inputId}
              label={t(`directory.fields.${f.key}`)}
              required={f.required}
              problem={problem}
              inline={f.kind === 'boolean'}
              group={f.kind === 'refs'}
            >
              <FieldInput
                field={f}
                id={inputId}
                value={values[f.key]}
                directory={directory}
                selfId={entry?.id}
                invalid={problem !== undefined}
                onChange={(v) => setValues((prev) => ({ ...prev, [f.key]: v }))}
              />
            </FormRow>
          );
        })}
        {error !== null &&
          (onlyFieldErrors ? (
            <p className="error-box" role="alert">
              {t('errors.checkFields')}
            </p>
          ) : (
            <ErrorBox error={error} />
          ))}
      </form>
      {entry && hasMail(kind) && <SentMessages kind={kind} id={entry.id} />}
    </Dialog>
  );
}
