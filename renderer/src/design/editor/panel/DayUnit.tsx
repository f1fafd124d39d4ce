import { useTranslation } from 'react-i18next';
import { Select } from './controls';

export type DayUnit = 'days' | 'workingDays';

/** Days or working days (of the office calendar): how a delay, reminder or due date counts. */
export function DayUnitSelect({ value, onChange }: { value: DayUnit; onChange(unit: DayUnit): void }) {
  const { t } = useTranslation();
  return (
    <span aria-label={t('officeCalendar.dayUnit')} role="group">
      <Select
        value={value}
        options={(['days', 'workingDays'] as const).map((u) => ({ value: u, label: t(`design.units.${u}`) }))}
        onChange={(u) => onChange(u as DayUnit)}
      />
    </span>
  );
}
