import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiClient, createApiClient } from '@shared/api';
import type { AuthStatus, Me } from '@shared/api/auth-contract';
import { ApiError } from '@shared/api/errors';
import { switchLanguage } from '../i18n';
import { App } from '../shell/App';
import { type AppStore, createAppStore, loadInitialState } from '../state/app-store';
import { AppStoreProvider } from '../state/context';
import { useTheme } from '../state/theme';
import { ErrorBox } from '../ui/ErrorText';
import { FirstAdminScreen } from './FirstAdminScreen';
import { PasswordScreen } from './PasswordScreen';
import { SignInScreen } from './SignInScreen';
import { SignOutProvider } from './sign-out';

/**
 * What comes before the app: the first administrator on a new data folder, else sign-in, else the
 * password an administrator set must be replaced; then the app for whoever signed in. A call that
 * finds the session gone (it expired, or was ended) brings the sign-in back.
 */
export function AuthGate({ client: base, initial }: { client: ApiClient; initial: AuthStatus }) {
  const { i18n } = useTranslation();
  const [status, setStatus] = useState(initial);
  const recheck = useCallback(() => void base.call('auth.status').then(setStatus, () => undefined), [base]);
  const client = useMemo(
    () =>
      createApiClient(async (method, input) => {
        try {
          return await base.call(method, input as never);
        } catch (error) {
          if (error instanceof ApiError && error.code === 'unauthorized' && !method.startsWith('auth.')) recheck();
          throw error;
        }
      }),
    [base, recheck],
  );
  // The screens before the app show the language and theme of the settings; once the app shows,
  // it follows the settings itself (two effects setting the language would fight).
  const inApp = Boolean(status.me && !status.me.mustChangePassword);
  useTheme(status.theme, !inApp);
  useEffect(() => {
    if (inApp) return;
    const language = status.language;
    void switchLanguage(i18n, language).then(() => (document.documentElement.lang = language));
  }, [i18n, status.language, inApp]);
  const signOut = useCallback(async () => {
    await client.call('auth.signOut').catch(() => undefined);
    recheck();
  }, [client, recheck]);

  if (status.setupNeeded) return <FirstAdminScreen client={client} onDone={setStatus} />;
  if (!status.me) return <SignInScreen client={client} onSignedIn={setStatus} />;
  if (status.me.mustChangePassword) {
    return <PasswordScreen client={client} onDone={recheck} onSignOut={() => void signOut()} />;
  }
  return (
    <SignOutProvider value={{ signOut, recheck }}>
      <SignedIn key={status.me.userId} client={client} status={{ ...status, me: status.me }} />
    </SignOutProvider>
  );
}

/** The app for the signed-in user, once what its first screen needs is loaded. */
function SignedIn({ client, status }: { client: ApiClient; status: AuthStatus & { me: Me } }) {
  const [store, setStore] = useState<AppStore | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Loaded once per sign-in (the gate keys this by user), from the status at sign-in; a later
  // status of the same user (the app follows its settings itself) loads nothing again.
  const [atSignIn] = useState(status);
  useEffect(() => {
    loadInitialState(client, atSignIn).then((initial) => setStore(createAppStore(client, initial)), setError);
  }, [client, atSignIn]);
  if (error) return <ErrorBox error={error} />;
  if (!store) return null;
  return (
    <AppStoreProvider store={store}>
      <App />
    </AppStoreProvider>
  );
}
