import { useTranslation } from 'react-i18next';
import { navigate } from '../state/route';

const tabs = ['history', 'capture', 'scheduled'] as const;
export type MessageTab = (typeof tabs)[number];

/** History, capture mailbox, and what is scheduled to go out. */
export function MessageTabs({ current }: { current: MessageTab }) {
  const { t } = useTranslation();
  return (
    <div className="tabs" role="tablist">
      {tabs.map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          aria-selected={current === k}
          className={current === k ? 'active' : undefined}
          onClick={() => navigate('messages', k)}
        >
          {t(`messages.tabs.${k}`)}
        </button>
      ))}
    </div>
  );
}
