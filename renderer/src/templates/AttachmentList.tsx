import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ITEM_ATTACHMENT_MAX_BYTES } from '@shared/api/item-contract';
import type { Attachment } from '@shared/model/template';
import { useApp } from '../state/context';
import { useErrorText } from '../ui/ErrorText';
import { Icon } from '../ui/icons';
import { base64Of } from '../ui/file-base64';

const size = (n: number) =>
  n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(0)} kB` : `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The files every message of this template carries. */
export function AttachmentList({ value, onChange }: { value: Attachment[]; onChange(v: Attachment[]): void }) {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const errorText = useErrorText();
  const [problem, setProblem] = useState<string | null>(null);
  const add = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    // The server refuses it as well; said here in the user's language, without sending 8 MB for nothing.
    if (file.size > ITEM_ATTACHMENT_MAX_BYTES) return setProblem(`${file.name} ${t('forms.tooLarge')}`);
    try {
      const attachment = await client.call('templates.addAttachment', {
        name: file.name,
        contentType: file.type || 'application/octet-stream',
        base64: await base64Of(file),
      });
      onChange([...value, attachment]);
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  return (
    <div className="attachments">
      <h3>{t('templates.attachments')}</h3>
      {value.length === 0 && <p className="prop-hint">{t('templates.noAttachments')}</p>}
      <ul>
        {value.map((a) => (
          <li key={a.id}>
            <span>📎 {a.name}</span> <small className="muted">{size(a.size)}</small>
            <button
              type="button"
              className="icon-button danger"
              aria-label={t('common.delete')}
              onClick={() => onChange(value.filter((x) => x.id !== a.id))}
            >
              <Icon name="trash" size={14} />
            </button>
          </li>
        ))}
      </ul>
      <label className="button small-button">
        <input type="file" aria-label={t('templates.addAttachment')} onChange={(e) => void add(e.target.files?.[0])} />
        <Icon name="plus" size={14} /> {t('templates.addAttachment')}
      </label>
      {problem && <p className="error-box">{problem}</p>}
    </div>
  );
}
