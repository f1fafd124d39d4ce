import { useTranslation } from 'react-i18next';
import { type Area, areas, everyoneAreas } from '../state/route';
import { useApp } from '../state/context';
import { Icon } from '../ui/icons';
import { Brand } from '../ui/Brand';
import { EngineSwitch } from './EngineSwitch';
import { useUnread } from './useUnread';
import { UserMenu } from './UserMenu';

export function Sidebar({ current }: { current: Area }) {
  const { t } = useTranslation();
  const host = useApp((s) => s.info.host);
  const admin = useApp((s) => s.me.admin);
  const unread = useUnread(current);
  return (
    <nav className="sidebar" aria-label="Stroomlijn">
      <Brand />
      <ul>
        {areas
          .filter((area) => admin || everyoneAreas.has(area))
          .map((area) => (
            <li key={area}>
              <a
                href={`#/${area}`}
                className={area === current ? 'active' : undefined}
                aria-current={area === current ? 'page' : undefined}
              >
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
        <UserMenu />
        {admin && <EngineSwitch />}
        {host === 'electron' ? t('nav.hostElectron') : t('nav.hostBrowser')}
      </div>
    </nav>
  );
}
