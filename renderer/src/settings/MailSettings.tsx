import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '@shared/api';
import type { SmtpSettings } from '@shared/model/settings';
import { useApp } from '../state/context';
import { ErrorBox, useErrorText } from '../ui/ErrorText';
import { Icon } from '../ui/icons';
import { useApiCall } from '../ui/use-api-call';

type Loaded = ApiOutput<'mail.settings'>;
type SenderRow = { id?: string; name: string; email: string };

/** SMTP server, its test, and the sender identities (one default). */
export function MailSettings() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useApp((s) => s.client);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [useSmtp, setUseSmtp] = useState(false);
  const [smtp, setSmtp] = useState<SmtpSettings>({ host: '', port: 587, secure: false });
  const [senders, setSenders] = useState<SenderRow[]>([]);
  const [defaultIndex, setDefaultIndex] = useState(0);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const { error, setError, run } = useApiCall();

  useEffect(() => {
    client.call('mail.settings').then((s) => {
      setLoaded(s);
      setUseSmtp(Boolean(s.smtp));
      if (s.smtp) setSmtp(s.smtp);
      setSenders(s.senders);
      setDefaultIndex(
        Math.max(
          0,
          s.senders.findIndex((x) => x.id === s.defaultSenderId),
        ),
      );
    }, setError);
  }, [client, setError]);

  const test = async () => {
    setStatus(null);
    try {
      await client.call('mail.testConnection', { smtp });
      setStatus({ ok: true, text: t('mailSettings.testOk') });
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    }
  };

  const save = () =>
    run(async () => {
      const saved = await client.call('mail.saveSettings', {
        smtp: useSmtp ? smtp : null,
        senders,
        ...(senders[defaultIndex]?.id ? { defaultSenderId: senders[defaultIndex].id } : {}),
      });
      setLoaded(saved);
      setSenders(saved.senders);
      setStatus({ ok: true, text: t('mailSettings.saved') });
    });

  if (!loaded) return null;
  const field = (key: 'host' | 'user' | 'password', type = 'text') => (
    <div className="form-row">
      <label htmlFor={`smtp-${key}`}>{t(`mailSettings.${key}`)}</label>
      <input
        id={`smtp-${key}`}
        type={type}
        value={smtp[key] ?? ''}
        autoComplete="off"
        onChange={(e) => setSmtp({ ...smtp, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <fieldset className="card mail-card">
      <legend>{t('mailSettings.title')}</legend>
      <p className="muted">{t('mailSettings.intro')}</p>
      {loaded.smtpFromEnvironment && (
        <p className="notice-inline">{t('mailSettings.fromEnvironment', { url: loaded.smtpFromEnvironment })}</p>
      )}
      <label className="prop-check">
        <input type="checkbox" checked={useSmtp} onChange={(e) => setUseSmtp(e.target.checked)} />
        {t('mailSettings.useSmtp')}
      </label>
      {useSmtp && (
        <div className="smtp-grid">
          {field('host')}
          <div className="form-row">
            <label htmlFor="smtp-port">{t('mailSettings.port')}</label>
            <input
              id="smtp-port"
              type="number"
              min={1}
              max={65535}
              value={smtp.port}
              onChange={(e) => setSmtp({ ...smtp, port: Number(e.target.value) || 587 })}
            />
          </div>
          {field('user')}
          {field('password', 'password')}
          <label className="prop-check">
            <input
              type="checkbox"
              checked={smtp.secure}
              onChange={(e) => setSmtp({ ...smtp, secure: e.target.checked })}
            />
            {t('mailSettings.secure')}
          </label>
          <button type="button" onClick={() => void test()}>
            {t('mailSettings.test')}
          </button>
        </div>
      )}
      <h3>{t('mailSettings.senders')}</h3>
      <div className="senders">
        {senders.map((s, i) => (
          <div key={i} className="sender-row">
            <input
              type="radio"
              name="default-sender"
              aria-label={t('mailSettings.default')}
              checked={i === defaultIndex}
              onChange={() => setDefaultIndex(i)}
            />
            <input
              type="text"
              aria-label={t('mailSettings.senderName')}
              placeholder={t('mailSettings.senderName')}
              value={s.name}
              onChange={(e) => setSenders(senders.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))}
            />
            <input
              type="email"
              aria-label={t('mailSettings.senderEmail')}
              placeholder={t('mailSettings.senderEmail')}
              value={s.email}
              onChange={(e) => setSenders(senders.map((x, j) => (j === i ? { ...x, email: e.target.value } : x)))}
            />
            <button
              type="button"
              className="icon-button danger"
              aria-label={t('common.delete')}
              onClick={() => setSenders(senders.filter((_, j) => j !== i))}
            >
              <Icon name="trash" size={14} />
            </button>
          </div>
        ))}
        <button type="button" className="link-button" onClick={() => setSenders([...senders, { name: '', email: '' }])}>
          <Icon name="plus" size={14} /> {t('mailSettings.addSender')}
        </button>
      </div>
      {status && (
        <p className={status.ok ? 'ok-box' : 'error-box'} role="status">
          {status.text}
        </p>
      )}
      {error !== null && <ErrorBox error={error} />}
      <button type="button" className="primary" onClick={() => void save()}>
        {t('mailSettings.save')}
      </button>
    </fieldset>
  );
}
