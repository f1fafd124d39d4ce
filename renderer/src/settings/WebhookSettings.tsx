import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/context';
import { ErrorBox } from '../ui/ErrorText';
import { useApiCall } from '../ui/use-api-call';

const hostsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Settings → Webhooks: the hosts an admin allows to reach this computer or a private network. */
export function WebhookSettings() {
  const { t } = useTranslation();
  const allowed = useApp((s) => s.settings.webhookAllowedHosts ?? []);
  const update = useApp((s) => s.updateSettings);
  const [text, setText] = useState(() => allowed.join('\n'));
  const [saved, setSaved] = useState(false);
  const { error, run } = useApiCall();
  const save = async () => {
    setSaved(false);
    await run(async () => {
      await update({ webhookAllowedHosts: hostsOf(text) });
      setSaved(true);
    });
  };
  return (
    <fieldset className="card" data-testid="webhook-settings">
      <legend>{t('webhooks.settings.title')}</legend>
      <p className="muted">{t('webhooks.settings.intro')}</p>
      <div className="form-row">
        <label htmlFor="webhook-hosts">{t('webhooks.settings.hosts')}</label>
        <textarea
          id="webhook-hosts"
          rows={3}
          spellCheck={false}
          placeholder="crm.kantoor.lan"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setSaved(false);
          }}
        />
      </div>
      <p className="muted">{t('webhooks.settings.hostsHint')}</p>
      <p className="muted">{allowed.length ? t('webhooks.settings.ownApi') : t('webhooks.settings.none')}</p>
      {saved && (
        <p className="ok-box" role="status">
          {t('webhooks.settings.saved')}
        </p>
      )}
      {error !== null && <ErrorBox error={error} />}
      <button type="button" className="primary" onClick={() => void save()}>
        {t('webhooks.settings.save')}
      </button>
    </fieldset>
  );
}
