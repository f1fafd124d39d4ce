import { useTranslation } from 'react-i18next';
import { Icon } from './icons';

/** The app's mark, name and tagline (the sidebar, the sign-in screens). */
export function Brand() {
  const { t } = useTranslation();
  return (
    <div className="brand">
      <span className="brand-mark">
        <Icon name="logo" size={20} />
      </span>
      <span>
        <strong>{t('app.name')}</strong>
        <small>{t('app.tagline')}</small>
      </span>
    </div>
  );
}
