import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Addressee } from '@shared/model/message-setting';
import type { MessageTemplate } from '@shared/model/template';
import type { Language } from '@shared/model/common';
import { useApp } from '../state/context';
import { useErrorText } from '../ui/ErrorText';
import { SenderSelect } from '../ui/SenderSelect';
import type { SourceChoice } from './usePreview';

/**
 * "Send one example to me": says beforehand to which address it goes (the chosen sender's), sends
 * the copy the preview shows (same data source, same addressee) and says where it went, on the
 * spot — not in the toast the save uses, so neither confirmation can hide the other.
 */
export function ExampleButton({
  template,
  language,
  addressee,
  choice,
}: {
  template: MessageTemplate;
  language: Language;
  addressee: Addressee;
  choice: SourceChoice;
}) {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const settings = useApp((s) => s.settings);
  const errorText = useErrorText();
  const [senderId, setSenderId] = useState('');
  const [sending, setSending] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const sender = settings.senders.find((s) => s.id === (senderId || settings.defaultSenderId)) ?? settings.senders[0];
  const send = async () => {
    setSending(true);
    setSaid(null);
    try {
      const m = await client.call('templates.sendExample', {
        template,
        language,
        addressee,
        ...choice,
        ...(senderId ? { senderId } : {}),
      });
      setSaid({ ok: true, text: t('templates.exampleSent', { email: m.to.email }) });
    } catch (e) {
      setSaid({ ok: false, text: errorText(e) });
    } finally {
      setSending(false);
    }
  };
  return (
    <div className="example-send">
      <SenderSelect value={senderId} onChange={setSenderId} />
      <button type="button" onClick={() => void send()} disabled={sending || !sender}>
        {t('templates.sendExample')}
      </button>
      <span className="muted" data-testid="example-to">
        {sender
          ? t('templates.exampleTo', { email: sender.email, language: language.toUpperCase() })
          : t('templates.noSender')}
      </span>
      {said && (
        <p role="status" className={said.ok ? 'example-said' : 'example-said error-text'}>
          {said.text}
        </p>
      )}
    </div>
  );
}
