import { useTranslation } from 'react-i18next';
import { type Area, areas, everyoneAreas } from '../state/route';
import { isAdmin } from '../state/app-store';
import { useApp } from '../state/context';
import { Icon } from '../ui/icons';
import { EngineSwitch } from './EngineSwitch';
import { useUnread } from './useUnread';

export function Sidebar({ current }: { current: Area }) {
  const { t } = useTranslation();
  const host = useApp((s) => s.info.host);
  const admin = useApp((s) => isAdmin(s.directory, s.currentUserId));
  const unread = useUnread(current);
  return (
    <nav className="sidebar" aria-label="Stroomlijn">
      <div className="brand">
        <span className="brand-mark">
          <Icon name="logo" size={20} />
        </span>
        <span>
          <strong>{t('app.name')}</strong>
          <small>{t('app.tagline')}</small>
        </span>
      </div>
      <ul>
        {areas.filter((area) => admin || everyoneAreas.has(area)).map((area) => (
          <li key={area}>
            <a href={`#/${area}`} className={area === current ? 'active' : undefined} aria-current={area === current ? 'page' : undefined}>
              <Icon name={area} />
              <span>{t(`nav.${area}`)}</span>
              {area === 'work' && unread > 0 && (
                <span className="nav-badge" title={t('inbox.unreadCount', { count: unread })}>
                  {unread}
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
      <div className="sidebar-foot">
        {admin && <EngineSwitch />}
        {host === 'electron' ? t('nav.hostElectron') : t('nav.hostBrowser')}
      </div>
    </nav>
  );
}
