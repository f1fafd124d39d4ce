import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DirectoryPage } from '../directory/DirectoryPage';
import { SettingsPage } from '../settings/SettingsPage';
import { TemplatesPage } from '../templates/TemplatesPage';
import { MessagesPage } from '../messages/MessagesPage';
import { WorkPage } from '../work/WorkPage';
import { RecordsPage } from '../records/RecordsPage';
import { AuditPage } from '../audit/AuditPage';
import { ItemTypesPage } from '../item-types/ItemTypesPage';
import { useApp } from '../state/context';
import { everyoneAreas, useRoute } from '../state/route';
import { AdminOnly } from './AdminOnly';
import { DesignArea } from './DesignArea';
import { useTheme } from '../state/theme';
import { Notices } from './Notices';
import { Sidebar } from './Sidebar';
import { switchLanguage } from '../i18n';

export function App() {
  const { area, rest } = useRoute();
  const { i18n } = useTranslation();
  const language = useApp((s) => s.settings.language);
  const theme = useApp((s) => s.settings.theme);
  const admin = useApp((s) => s.me.admin);
  useTheme(theme);
  // Another area or tab opens at its top, not at the scroll position of the page before it (the
  // content box is one element for all of them); a record opened beside its list keeps the list's.
  const content = useRef<HTMLElement>(null);
  const page = `${area}/${rest[0] ?? ''}`;
  useLayoutEffect(() => {
    if (content.current) content.current.scrollTop = 0;
  }, [page]);
  useEffect(() => {
    void switchLanguage(i18n, language).then(() => (document.documentElement.lang = language));
  }, [i18n, language]);
  return (
    <div className="shell">
      <Sidebar current={area} />
      <main ref={content} className={`content${area === 'design' && rest[0] ? ' content-full' : ''}`}>
        <Notices />
        {!admin && !everyoneAreas.has(area) ? (
          <AdminOnly />
        ) : area === 'directory' ? (
          <DirectoryPage tab={rest[0]} />
        ) : area === 'settings' ? (
          <SettingsPage />
        ) : area === 'design' ? (
          <DesignArea path={rest} />
        ) : area === 'itemTypes' ? (
          <ItemTypesPage path={rest} />
        ) : area === 'templates' ? (
          <TemplatesPage path={rest} />
        ) : area === 'messages' ? (
          <MessagesPage path={rest} />
        ) : area === 'audit' ? (
          <AuditPage />
        ) : area === 'work' ? (
          <WorkPage path={rest} />
        ) : (
          <RecordsPage path={rest} />
        )}
      </main>
    </div>
  );
}
