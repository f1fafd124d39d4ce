import { useTranslation } from 'react-i18next';
import { useApp } from '../state/context';
import { Icon } from '../ui/icons';

/** What a non-admin sees on an admin area's address: who they are and where to go instead. */
export function AdminOnly() {
  const { t } = useTranslation();
  const name = useApp((s) => s.me.name);
  return (
    <section className="page">
      <div className="coming-soon" role="alert">
        <Icon name="alert" size={40} />
        <h2>{t('adminOnly.title')}</h2>
        <p>{t('adminOnly.body', { name })}</p>
        <p>
          <a href="#/work">{t('adminOnly.toWork')}</a>
        </p>
      </div>
    </section>
  );
}
