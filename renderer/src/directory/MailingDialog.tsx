import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '@shared/api';
import { type Language, Languages } from '@shared/model/common';
import type { DirectoryKind } from '@shared/model/directory';
import type { MessageTemplate } from '@shared/model/template';
import { useApp } from '../state/context';
import { NamedSelect } from '../ui/NamedSelect';
import { navigate } from '../state/route';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorText';
import { SenderSelect } from '../ui/SenderSelect';
import { MailingCheckView } from './MailingCheckView';
import { MailingTextFields, noTypedText, type TypedText } from './MailingTextFields';
import { useApiCall } from '../ui/use-api-call';

type Step = 'setup' | 'check' | 'sending' | 'done';
type Check = ApiOutput<'mailings.check'>;

/**
 * A mailing (seed 003): pick template, language and sender, see who has no address or no consent
 * and abort or go on, watch it go out, cancel if needed (what went stays sent).
 */
export function MailingDialog({
  kind,
  ids,
  onClose,
}: {
  kind: Extract<DirectoryKind, 'contacts' | 'organisations' | 'persons'>;
  ids: string[];
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const client = useApp((s) => s.client);
  const [step, setStep] = useState<Step>('setup');
  const [templates, setTemplates] = useState<MessageTemplate[]>([]);
  const [templateId, setTemplateId] = useState('');
  // No template fits: the mailing's own text, in the sender's (the UI's) language.
  const [own, setOwn] = useState(false);
  const [typed, setTyped] = useState<TypedText>(noTypedText);
  const [senderId, setSenderId] = useState('');
  const office = useApp((s) => s.settings.language);
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);
  const [separately, setSeparately] = useState(true);
  const [fromName, setFromName] = useState('');
  const [fromEmail, setFromEmail] = useState('');
  const [exampleSent, setExampleSent] = useState<string | null>(null);
  const [checked, setChecked] = useState<Check>({ recipients: [] });
  const [mailingId, setMailingId] = useState<string | null>(null);
  const [progress, setProgress] = useState({ done: 0, sent: 0, failed: 0, total: 0 });
  const { error, setError, run } = useApiCall();
  const targets = ids.map((id) => ({ kind, id }));
  const cancelled = useRef(false);
  // Contacts have no language of their own: everyone gets the mail in the language chosen here, by
  // default the office's where the template has it.
  const languages = Languages.filter((l) => templates.find((x) => x.id === templateId)?.texts[l]);
  const language = [chosenLanguage, office].find((l) => l && languages.includes(l)) ?? languages[0];
  const overridden = fromName.trim() !== '' && fromEmail.trim() !== '';
  const from = overridden ? { from: { name: fromName.trim(), email: fromEmail.trim() } } : {};
  const content = own
    ? { text: typed, language: (Languages.find((l) => l === i18n.language) ?? office) as Language }
    : { templateId, ...(language ? { language } : {}) };
  const setup = { targets, ...content, ...(senderId ? { senderId } : {}), ...from };
  const ready = own ? typed.subject.trim() !== '' && typed.body.trim() !== '' : templateId !== '';
  const sendExample = () =>
    client.call('mailings.sendExample', setup).then((m) => setExampleSent(m.to.email ?? ''), setError);

  useEffect(() => {
    client.call('templates.list').then((list) => {
      setTemplates(list);
      setTemplateId((current) => current || list[0]?.id || '');
    }, setError);
  }, [client, setError]);

  useEffect(() => {
    if (step !== 'sending' || !mailingId) return;
    const timer = setInterval(() => {
      client.call('messages.list', { mailingId, limit: 5000 }).then((list) => {
        const sent = list.filter((m) => m.status === 'sent').length;
        const failed = list.filter((m) => m.status === 'failed').length;
        const done = list.filter((m) => m.status !== 'queued' && m.status !== 'sending').length;
        setProgress({ done, sent, failed, total: list.length });
        if (done === list.length) setStep('done');
      }, setError);
    }, 400);
    return () => clearInterval(timer);
  }, [client, mailingId, step, setError]);

  const check = () =>
    run(async () => {
      setChecked(await client.call('mailings.check', setup));
      setStep('check');
    });
  const send = async () => {
    try {
      const result = await client.call('mailings.send', { ...setup, separately });
      setMailingId(result.mailingId);
      setProgress({ done: 0, sent: 0, failed: 0, total: ids.length });
      setStep('sending');
    } catch (e) {
      setError(e);
    }
  };
  const cancel = async () => {
    if (!mailingId || cancelled.current) return;
    cancelled.current = true;
    await client.call('mailings.cancel', { mailingId });
  };

  const { recipients } = checked;
  const missing = recipients.filter((r) => r.skip);
  const blocked = (checked.problems ?? []).length > 0;
  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  const footer =
    step === 'setup' ? (
      <>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" disabled={!ready} onClick={() => void check()}>
          {t('mailing.next')}
        </button>
      </>
    ) : step === 'check' ? (
      <>
        <button type="button" onClick={onClose}>
          {t('mailing.abort')}
        </button>
        <button
          type="button"
          disabled={recipients.length === missing.length || blocked}
          onClick={() => void sendExample()}
        >
          {t('mailingSender.example')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={recipients.length === missing.length || blocked}
          onClick={() => void send()}
        >
          {t('mailing.continue', { count: recipients.length - missing.length })}
        </button>
      </>
    ) : step === 'sending' ? (
      <button type="button" onClick={() => void cancel()}>
        {t('mailing.cancel')}
      </button>
    ) : (
      <>
        <button type="button" onClick={() => navigate('messages')}>
          {t('mailing.toHistory')}
        </button>
        <button type="button" className="primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </>
    );

  return (
    <Dialog wide title={t('mailing.title', { count: ids.length })} onClose={onClose} footer={footer}>
      {step === 'setup' && (
        <div className="form">
          <fieldset className="mailing-source">
            <legend>{t('mailingText.source')}</legend>
            <label className="prop-check">
              <input type="radio" name="mailing-source" checked={!own} onChange={() => setOwn(false)} />
              {t('mailingText.fromTemplate')}
            </label>
            <label className="prop-check">
              <input type="radio" name="mailing-source" checked={own} onChange={() => setOwn(true)} />
              {t('mailingText.ownText')}
            </label>
          </fieldset>
          {own ? (
            <MailingTextFields value={typed} onChange={setTyped} />
          ) : (
            <>
              <div className="form-row">
                <label htmlFor="mailing-template">{t('design.message.template')}</label>
                <NamedSelect id="mailing-template" value={templateId} options={templates} onChange={setTemplateId} />
              </div>
              <div className="form-row">
                <label htmlFor="mailing-language">{t('mailing.language')}</label>
                <NamedSelect
                  id="mailing-language"
                  value={language ?? ''}
                  options={languages.map((l) => ({ id: l, name: t(`mailing.languages.${l}`) }))}
                  onChange={(l) => setChosenLanguage(l as Language)}
                />
              </div>
              <p className="prop-hint">{t('mailing.languageHint')}</p>
            </>
          )}
          {own && !ready && <p className="prop-hint">{t('mailingText.needsText')}</p>}
          <div className="form-row">
            <label htmlFor="mailing-sender">{t('templates.sender')}</label>
            <SenderSelect id="mailing-sender" value={senderId} onChange={setSenderId} />
          </div>
          <div className="form-row">
            <label htmlFor="mailing-from-name">{t('mailingSender.name')}</label>
            <input id="mailing-from-name" type="text" value={fromName} onChange={(e) => setFromName(e.target.value)} />
          </div>
          <div className="form-row">
            <label htmlFor="mailing-from-email">{t('mailingSender.email')}</label>
            <input
              id="mailing-from-email"
              type="email"
              value={fromEmail}
              onChange={(e) => setFromEmail(e.target.value)}
            />
          </div>
          <p className="prop-hint">{t('mailingSender.hint')}</p>
          <label className="prop-check">
            <input type="checkbox" checked={separately} onChange={(e) => setSeparately(e.target.checked)} />
            {t('mailing.separately')}
          </label>
          <p className="prop-hint">{t('mailing.separatelyHint')}</p>
        </div>
      )}
      {step === 'check' && exampleSent !== null && (
        <p role="status">{t('mailingSender.exampleSent', { address: exampleSent })}</p>
      )}
      {step === 'check' && (
        <>
          <p>
            {missing.length === 0 ? t('mailing.allReachable') : t('mailing.someMissing', { count: missing.length })}
          </p>
          {missing.length > 0 && (
            <table className="table compact">
              <tbody>
                {missing.map((r) => (
                  <tr key={r.id}>
                    <td>{r.name}</td>
                    <td className="wf-missing">{t(`templates.skip.${r.skip!}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <MailingCheckView check={checked} />
        </>
      )}
      {(step === 'sending' || step === 'done') && (
        <div className="mailing-progress">
          <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
            <div style={{ width: `${percent}%` }} />
          </div>
          <p role="status">
            {t('mailing.progress', {
              sent: progress.sent,
              failed: progress.failed,
              skipped: progress.done - progress.sent - progress.failed,
              total: progress.total,
            })}
          </p>
        </div>
      )}
      {error !== null && <ErrorBox error={error} />}
    </Dialog>
  );
}
