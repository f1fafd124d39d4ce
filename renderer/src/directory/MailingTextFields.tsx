import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { pickerFields } from '@shared/messages/fields';
import type { Attachment } from '@shared/model/template';
import { AttachmentList } from '../templates/AttachmentList';
import { FieldPicker } from '../templates/FieldPicker';
import { insertAtCursor } from '../templates/insert';

/** A mailing's own text as the wizard holds it; the server renders it as it renders a template. */
export interface TypedText {
  subject: string;
  body: string;
  attachments: Attachment[];
}

export const noTypedText: TypedText = { subject: '', body: '', attachments: [] };

/** The fields a mailing fills, as the template editor offers them for a mailing. */
const MAILING_FIELDS = pickerFields({ kind: 'mailing' });

/** Subject, text with the mailing's merge fields, and attachments: for when no template fits (seed 003). */
export function MailingTextFields({ value, onChange }: { value: TypedText; onChange(v: TypedText): void }) {
  const { t } = useTranslation();
  const body = useRef<HTMLTextAreaElement>(null);
  const pick = (path: string) =>
    insertAtCursor(body.current, value.body, path, (text) => onChange({ ...value, body: text }));
  return (
    <div className="mailing-text">
      <div className="mailing-text-main">
        <div className="form-row">
          <label htmlFor="mailing-subject">{t('mailingText.subject')}</label>
          <input
            id="mailing-subject"
            type="text"
            value={value.subject}
            onChange={(e) => onChange({ ...value, subject: e.target.value })}
          />
        </div>
        <div className="form-row">
          <label htmlFor="mailing-body">{t('mailingText.body')}</label>
          <textarea
            id="mailing-body"
            ref={body}
            rows={8}
            value={value.body}
            onChange={(e) => onChange({ ...value, body: e.target.value })}
          />
        </div>
        <p className="prop-hint">{t('mailingText.hint')}</p>
        <AttachmentList value={value.attachments} onChange={(attachments) => onChange({ ...value, attachments })} />
      </div>
      <FieldPicker groups={MAILING_FIELDS} onPick={pick} />
    </div>
  );
}
