import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordForm } from '../auth/PasswordForm';
import { useSignOut } from '../auth/sign-out';
import { useApp } from '../state/context';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/Toast';

/** Who is signed in, with changing one's password and signing out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useApp((s) => s.me);
  const client = useApp((s) => s.client);
  const { signOut } = useSignOut();
  const [changing, setChanging] = useState(false);
  const toast = useToast();
  return (
    <div className="user-menu" aria-label={t('auth.menu.label', { name: me.name })} role="group">
      <strong>{me.name}</strong>
      {me.admin && <small>{t('auth.menu.admin')}</small>}
      <div className="actions">
        <button type="button" className="link-button" onClick={() => setChanging(true)}>
          {t('auth.menu.changePassword')}
        </button>
        <button type="button" className="link-button" onClick={() => void signOut()}>
          {t('auth.menu.signOut')}
        </button>
      </div>
      {changing && (
        <Dialog
          title={t('auth.change.title')}
          onClose={() => setChanging(false)}
          footer={
            <>
              <button type="button" onClick={() => setChanging(false)}>
                {t('common.cancel')}
              </button>
              <button type="submit" form="change-password" className="primary">
                {t('auth.change.submit')}
              </button>
            </>
          }
        >
          <PasswordForm
            client={client}
            formId="change-password"
            onChanged={() => {
              setChanging(false);
              toast.show(t('auth.change.done'));
            }}
          />
        </Dialog>
      )}
      {toast.view}
    </div>
  );
}
