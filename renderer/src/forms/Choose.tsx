import { useTranslation } from 'react-i18next';

/** What every input of a form gets: its id and name, whether it is required, invalid, described. */
export type Common = {
  id: string;
  name: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  required: boolean;
};

/** A list to choose from; a value the list no longer holds stays visible, so saving does not drop it unseen. */
export function Choose({
  common,
  value,
  options,
  onChange,
}: {
  common: Common;
  value: string;
  options: { value: string; label: string }[];
  onChange(v: string): void;
}) {
  const { t } = useTranslation();
  const known = value === '' || options.some((o) => o.value === value);
  return (
    <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('common.none')}</option>
      {!known && <option value={value}>{value}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
