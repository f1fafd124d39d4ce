import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/context';
import { Icon } from '../ui/icons';
import { noticeText } from './notice-text';

/** How often the shell asks for notices found since (a damaged archive month shows when it is read). */
const REFRESH_MS = 15_000;

/** What the store had to repair on this start, or found since, until the user dismisses it. */
export function Notices() {
  const { t, i18n } = useTranslation();
  const info = useApp((s) => s.info);
  const dismissed = useApp((s) => s.dismissedNotices);
  const dismiss = useApp((s) => s.dismissNotices);
  const refresh = useApp((s) => s.refreshInfo);
  useEffect(() => {
    const timer = setInterval(() => void refresh().catch(() => undefined), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  const notices = info.notices.slice(dismissed);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="alert">
      <Icon name="alert" />
      <div>
        {notices.map((n, i) => (
          <p key={`${dismissed + i}`}>{noticeText(n, t, i18n.language, info.dataDir).join(' ')}</p>
        ))}
      </div>
      <button type="button" onClick={dismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
