import { useTranslation } from 'react-i18next';

/** "verschoven: Hemelvaartsdag": why a moment in working days moved (holiday names stay as the calendar names them). */
export function MovedBy({ reasons }: { reasons?: string[] }) {
  const { t } = useTranslation();
  if (!reasons?.length) return null;
  const words = reasons.map((r) =>
    r === 'weekend' ? t('officeCalendar.weekend') : r === 'closed' ? t('officeCalendar.closed') : r,
  );
  return (
    <span className="muted moved-by" data-testid="moved-by">
      {' '}
      · {t('officeCalendar.movedBy', { reasons: words.join(', ') })}
    </span>
  );
}
