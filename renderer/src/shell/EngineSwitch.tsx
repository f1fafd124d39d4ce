import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngineStatus } from '@shared/api/engine-contract';
import { useApp } from '../state/context';

/** The engine's state in the sidebar (as in the tray): running or paused, what waits, and the switch. */
export function EngineSwitch() {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const [status, setStatus] = useState<EngineStatus | null>(null);
  const load = useCallback(() => client.call('engine.status').then(setStatus, () => undefined), [client]);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 15_000);
    return () => clearInterval(timer);
  }, [load]);
  if (!status) return null;
  const toggle = () => void client.call('engine.pause', { paused: !status.paused }).then(setStatus, () => undefined);
  return (
    <div className="engine-switch" data-testid="engine-switch">
      <span className={`pill ${status.paused ? 'pill-warn' : 'pill-yes'}`}>
        {status.paused ? t('engine.paused') : t('engine.running')}
      </span>
      <small className="muted">{t('engine.waiting', { count: status.waitingMessages })}</small>
      <button
        type="button"
        className="link-button"
        onClick={toggle}
        title={status.paused ? undefined : t('engine.pauseHint')}
      >
        {status.paused ? t('engine.resume') : t('engine.pause')}
      </button>
    </div>
  );
}
