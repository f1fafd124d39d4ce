import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '@shared/api';
import type { AuthStatus } from '@shared/api/auth-contract';
import { AuthScreen } from './AuthScreen';
import { useSignInErrorText } from './auth-text';
import { useApiCall } from '../ui/use-api-call';

/** Sign in with a login and password; a refusal says why (wrong, or locked until when). */
export function SignInScreen({ client, onSignedIn }: { client: ApiClient; onSignedIn(status: AuthStatus): void }) {
  const { t } = useTranslation();
  const errorText = useSignInErrorText();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useApiCall();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const status = await run(() => client.call('auth.signIn', { login, password }), { staysBusy: true });
    if (status) onSignedIn(status);
    else setPassword('');
  };
  return (
    <AuthScreen title={t('auth.signIn.title')} intro={t('auth.signIn.intro')}>
      <form className="auth-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor="sign-in-login">{t('auth.signIn.login')}</label>
        <input
          id="sign-in-login"
          type="text"
          autoComplete="username"
          autoFocus
          required
          value={login}
          onChange={(e) => setLogin(e.target.value)}
        />
        <label htmlFor="sign-in-password">{t('auth.signIn.password')}</label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error !== null && (
          <p className="error-box" role="alert">
            {errorText(error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('auth.signIn.busy') : t('auth.signIn.submit')}
        </button>
      </form>
    </AuthScreen>
  );
}
