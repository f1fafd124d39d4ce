import { useTranslation } from 'react-i18next';
import type { ApiClient } from '@shared/api';
import { AuthScreen } from './AuthScreen';
import { PasswordForm } from './PasswordForm';

/** An administrator set the password: the user chooses their own before anything else. */
export function PasswordScreen(props: { client: ApiClient; onDone(): void; onSignOut(): void }) {
  const { client, onDone, onSignOut } = props;
  const { t } = useTranslation();
  return (
    <AuthScreen title={t('auth.change.forcedTitle')} intro={t('auth.change.forcedIntro')}>
      <PasswordForm client={client} formId="forced-password" onChanged={onDone} />
      <button type="submit" form="forced-password" className="primary auth-submit">
        {t('auth.change.submit')}
      </button>
      <button type="button" className="link-button" onClick={onSignOut}>
        {t('auth.menu.signOut')}
      </button>
    </AuthScreen>
  );
}
