import { useTranslation } from 'react-i18next';
import { useApp } from '../state/context';

/** The sender addresses of Settings → Mail; "" stands for the default one. */
export function SenderSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value: string;
  onChange(senderId: string): void;
}) {
  const { t } = useTranslation();
  const senders = useApp((s) => s.settings.senders);
  return (
    <select
      id={id}
      aria-label={id ? undefined : t('templates.sender')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{t('templates.defaultSender')}</option>
      {senders.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name} &lt;{s.email}&gt;
        </option>
      ))}
    </select>
  );
}
