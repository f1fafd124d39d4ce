import { useTranslation } from 'react-i18next';
import type { CrmRecord } from '@shared/model/record';
import { hours } from './record-view';

/** Time tracked against the target of a task, e.g. "1.5 / 2 h"; marked when over the target. */
export function TimeTracked({
  task,
  compact,
}: {
  task: CrmRecord;
  /** In a list: the over-target note for screen readers and as a tooltip only. */ compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { timeTracked, timeTarget } = task.fields;
  if (timeTracked === undefined && timeTarget === undefined) return <span className="muted">{t('common.none')}</span>;
  const tracked = hours(timeTracked, i18n.language);
  const over = typeof timeTarget === 'number' && typeof timeTracked === 'number' && timeTracked > timeTarget;
  const ratio =
    typeof timeTarget === 'number' && timeTarget > 0
      ? Math.min(1, (typeof timeTracked === 'number' ? timeTracked : 0) / timeTarget)
      : 0;
  return (
    <span
      className={`time-tracked${over ? ' time-over' : ''}`}
      title={over && compact ? t('records.overTarget') : undefined}
    >
      <span>
        {typeof timeTarget === 'number'
          ? t('records.hoursOf', { tracked, target: hours(timeTarget, i18n.language) })
          : t('records.hoursOnly', { tracked })}
      </span>
      {typeof timeTarget === 'number' && (
        <span className="time-bar" aria-hidden="true">
          <span style={{ width: `${Math.round(ratio * 100)}%` }} />
        </span>
      )}
      {over && <span className={compact ? 'visually-hidden' : 'pill pill-over'}>{t('records.overTarget')}</span>}
    </span>
  );
}
