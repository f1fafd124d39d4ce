import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '@shared/api';
import type { ImapSettings } from '@shared/model/settings';
import { useApp } from '../state/context';
import { ErrorBox, useErrorText } from '../ui/ErrorText';
import { SecretInput } from '../ui/SecretInput';
import { useApiCall } from '../ui/use-api-call';

type Loaded = ApiOutput<'replies.settings'>;
const EMPTY: ImapSettings = { host: '', port: 993, secure: true, user: '', folder: 'INBOX', address: '' };

/** Settings → Replies: the mailbox replies to task mails go to (IMAP), its test, and reading it now. */
export function RepliesSettings() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useApp((s) => s.client);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [on, setOn] = useState(false);
  const [imap, setImap] = useState<ImapSettings>(EMPTY);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const { error, setError, run: call } = useApiCall();

  const show = (s: Loaded) => {
    setLoaded(s);
    setOn(Boolean(s.imap));
    if (s.imap) {
      const { hasPassword: _kept, ...shown } = s.imap;
      setImap({ ...shown, password: '' });
    }
  };
  useEffect(() => {
    client.call('replies.settings').then(show, setError);
  }, [client, setError]);

  /** What is sent: without a typed password, the kept one stays. */
  const given = (): ImapSettings => {
    const { password, ...rest } = imap;
    return password ? { ...rest, password } : rest;
  };
  const run = async (what: () => Promise<string>) => {
    setStatus(null);
    setError(null);
    try {
      setStatus({ ok: true, text: await what() });
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    }
  };
  const test = () =>
    run(async () =>
      t('replies.testOk', { count: (await client.call('replies.testConnection', { imap: given() })).messages }),
    );
  const readNow = () =>
    run(async () => t('replies.readOk', { count: (await client.call('replies.readNow', {})).read }));
  const save = async () => {
    setStatus(null);
    await call(async () => {
      show(await client.call('replies.saveSettings', { imap: on ? given() : null }));
      setStatus({ ok: true, text: t('replies.saved') });
    });
  };

  if (!loaded) return error !== null ? <ErrorBox error={error} /> : null;
  const text = (key: 'host' | 'user' | 'folder' | 'address', type = 'text', placeholder?: string) => (
    <div className="form-row">
      <label htmlFor={`imap-${key}`}>{t(`replies.${key}`)}</label>
      <input
        id={`imap-${key}`}
        type={type}
        value={imap[key]}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(e) => setImap({ ...imap, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <fieldset className="card" data-testid="replies-settings">
      <legend>{t('replies.title')}</legend>
      <p className="muted">{t('replies.intro')}</p>
      <label className="prop-check">
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
        {t('replies.use')}
      </label>
      {on && (
        <div className="smtp-grid">
          {text('address', 'email', 'workflow@kantoor.nl')}
          {text('host', 'text', 'imap.kantoor.nl')}
          <div className="form-row">
            <label htmlFor="imap-port">{t('replies.port')}</label>
            <input
              id="imap-port"
              type="number"
              min={1}
              max={65535}
              value={imap.port}
              onChange={(e) => setImap({ ...imap, port: Number(e.target.value) || 993 })}
            />
          </div>
          {text('user')}
          <SecretInput
            id="imap-password"
            label={t('replies.password')}
            value={imap.password ?? ''}
            kept={Boolean(loaded.imap?.hasPassword)}
            keptText={t('replies.passwordKept')}
            onChange={(password) => setImap({ ...imap, password })}
          />
          {text('folder')}
          <div className="button-row">
            <label className="prop-check">
              <input
                type="checkbox"
                checked={imap.secure}
                onChange={(e) => setImap({ ...imap, secure: e.target.checked })}
              />
              {t('replies.secure')}
            </label>
          </div>
          <div className="button-row">
            <button type="button" onClick={() => void test()}>
              {t('replies.test')}
            </button>
            {loaded.imap && (
              <button type="button" onClick={() => void readNow()}>
                {t('replies.readNow')}
              </button>
            )}
          </div>
        </div>
      )}
      <p className="muted">{t('replies.how')}</p>
      {status && (
        <p className={status.ok ? 'ok-box' : 'error-box'} role="status">
          {status.text}
        </p>
      )}
      {error !== null && <ErrorBox error={error} />}
      <button type="button" className="primary" onClick={() => void save()}>
        {t('replies.save')}
      </button>
    </fieldset>
  );
}
