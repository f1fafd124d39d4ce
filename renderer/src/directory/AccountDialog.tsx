import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountInfo } from '@shared/api/auth-contract';
import type { User } from '@shared/model/directory';
import { useAuthIssueText } from '../auth/auth-text';
import { useApp } from '../state/context';
import { Dialog } from '../ui/Dialog';
import { ErrorBox, fieldIssues } from '../ui/ErrorText';
import { FormRow } from '../ui/FormRow';
import { formatDateTime } from '../ui/format';
import { useApiCall } from '../ui/use-api-call';

/** A first login suggestion: the first name, in lower case. */
const suggestLogin = (name: string) => (name.trim().split(/\s+/)[0] ?? '').toLowerCase();

/**
 * Directory → a user → sign-in: set or reset their password (they choose their own at the next
 * sign-in), end their sessions, or take their sign-in away.
 */
interface Props {
  user: User;
  account?: AccountInfo;
  onClose(): void;
  onDone(message: string): void;
}

export function AccountDialog(props: Props) {
  const { user, account, onClose, onDone } = props;
  const { t, i18n } = useTranslation();
  const client = useApp((s) => s.client);
  const issueText = useAuthIssueText();
  const [login, setLogin] = useState(account?.login ?? suggestLogin(user.name));
  const [password, setPassword] = useState('');
  const call = useApiCall();
  const { busy, error } = call;
  const { byField, onlyFields } = fieldIssues(error, /^/, ['login', 'password'], issueText);
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const run = async (work: () => Promise<string>) => {
    const done = await call.run(work, { staysBusy: true });
    if (done !== undefined) onDone(done);
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await client.call('accounts.setPassword', { userId: user.id, login, password });
      return t('auth.account.saved', { name: user.name });
    });
  };
  const endSessions = () =>
    run(async () => {
      const { ended } = await client.call('accounts.endSessions', { userId: user.id });
      return t('auth.account.ended', { count: ended });
    });
  const remove = () =>
    run(async () => {
      await client.call('accounts.remove', { userId: user.id });
      return t('auth.account.removed', { name: user.name });
    });
  return (
    <Dialog
      title={t('auth.account.manage', { name: user.name })}
      onClose={onClose}
      footer={
        <>
          {account && (
            <>
              <button type="button" onClick={() => void endSessions()} disabled={busy || account.sessions === 0}>
                {t('auth.account.endSessions')}
              </button>
              <button type="button" className="danger-text" onClick={() => void remove()} disabled={busy}>
                {t('auth.account.remove')}
              </button>
            </>
          )}
          <button type="submit" form="account-form" className="primary" disabled={busy}>
            {account ? t('auth.account.resetPassword') : t('auth.account.setPassword')}
          </button>
        </>
      }
    >
      <p className="muted">{t('auth.account.intro', { name: user.name })}</p>
      {account && (
        <dl className="facts">
          <div className="fact-row">
            <dt>{t('auth.account.lastSignIn')}</dt>
            <dd>{account.lastSignInAt ? when(account.lastSignInAt) : t('auth.account.never')}</dd>
          </div>
          <div className="fact-row">
            <dt>{t('auth.account.column')}</dt>
            <dd>{t('auth.account.sessions', { count: account.sessions })}</dd>
          </div>
          {account.mustChangePassword && <p className="muted">{t('auth.account.mustChange')}</p>}
          {account.lockedUntil && (
            <p className="error-box">{t('auth.account.lockedUntil', { time: when(account.lockedUntil) })}</p>
          )}
        </dl>
      )}
      <form id="account-form" onSubmit={save}>
        <FormRow id="account-login" label={t('auth.account.login')} required problem={byField.get('login')}>
          <input
            id="account-login"
            type="text"
            autoComplete="off"
            required
            value={login}
            onChange={(e) => setLogin(e.target.value)}
          />
        </FormRow>
        <FormRow id="account-password" label={t('auth.account.password')} required problem={byField.get('password')}>
          <input
            id="account-password"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </FormRow>
        <p className="muted auth-hint">{t('auth.setup.hint')}</p>
      </form>
      {error !== null && !onlyFields && <ErrorBox error={error} />}
    </Dialog>
  );
}
