import { useTranslation } from 'react-i18next';
import type { StoreNotice } from '../../../shared/api/contract';
import { useApp } from '../state/context';
import { Icon } from '../ui/icons';

/** What the store had to repair on this start, until the user dismisses it. */
export function Notices() {
  const { t } = useTranslation();
  const all = useApp((s) => s.info.notices);
  const dismissed = useApp((s) => s.dismissedNotices);
  const notices = all.slice(dismissed);
  const dismiss = useApp((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  const text = (n: StoreNotice) =>
    n.kind === 'journalCut'
      ? t('notices.journalCut', { reason: n.reason, keptAs: n.keptAs })
      : n.kind === 'startedEmpty'
      ? t('notices.startedEmpty', { reason: n.reason, keptAs: n.keptAs })
      : n.keptAs
        ? t('notices.restoredFromBackup', { reason: n.reason, keptAs: n.keptAs })
        : t('notices.restoredMissing');
  return (
    <div className="notice" role="alert">
      <Icon name="alert" />
      <div>
        {notices.map((n) => (
          <p key={n.at + n.kind}>{text(n)}</p>
        ))}
      </div>
      <button type="button" onClick={dismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
