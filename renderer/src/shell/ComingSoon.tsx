import { useTranslation } from 'react-i18next';
import type { Area } from '../state/route';
import { Icon } from '../ui/icons';

export function ComingSoon({ area }: { area: Exclude<Area, 'directory' | 'settings' | 'design' | 'templates' | 'messages' | 'work'> }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <header className="page-head">
        <h1>{t(`nav.${area}`)}</h1>
      </header>
      <div className="coming-soon">
        <Icon name={area} size={40} />
        <h2>{t('soon.title')}</h2>
        <p>{t(`soon.${area}`)}</p>
        <p className="muted">{t('soon.body')}</p>
      </div>
    </section>
  );
}
