import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ITEM_ATTACHMENT_MAX_BYTES } from '@shared/api/item-contract';
import { useApp } from '../state/context';
import { useErrorText } from '../ui/ErrorText';
import { type FormValue, isAttachment } from './form-values';

/** A file's content as base64 (what items.addAttachment takes). */
const base64Of = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });

interface Props {
  id: string;
  name: string;
  required: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  value: FormValue | undefined;
  itemId?: string | undefined;
  onChange(value: FormValue | undefined): void;
}

/** An attachment field: choosing a file uploads it at once; the field then holds the stored file. */
export function AttachmentInput({ value, itemId, onChange, ...input }: Props) {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setProblem(null);
    if (file.size > ITEM_ATTACHMENT_MAX_BYTES) return setProblem(`${file.name} ${t('forms.tooLarge')}`);
    setBusy(true);
    try {
      const base64 = await base64Of(file);
      const contentType = file.type || 'application/octet-stream';
      const stored = await client.call('items.addAttachment', {
        name: file.name,
        contentType,
        base64,
        ...(itemId ? { itemId } : {}),
      });
      onChange(stored);
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const file = isAttachment(value) ? value : null;
  return (
    <div className="attachment-input">
      {file && (
        <span className="attachment-chosen">
          {file.name}{' '}
          <button type="button" className="link" onClick={() => onChange(undefined)}>
            {t('forms.removeFile', { name: file.name })}
          </button>
        </span>
      )}
      <input {...input} type="file" disabled={busy} onChange={(e) => void choose(e)} />
      {busy && <span className="muted">{t('forms.uploading')}</span>}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
