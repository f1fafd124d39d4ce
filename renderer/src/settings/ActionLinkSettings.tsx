import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ACTION_LINK_DAYS } from '@shared/model/settings';
import { useApp } from '../state/context';
import { ErrorBox } from '../ui/ErrorText';
import { useApiCall } from '../ui/use-api-call';

/** Settings → Acting from the mail: how long the action links in task mails work, and where they lead. */
export function ActionLinkSettings() {
  const { t } = useTranslation();
  const days = useApp((s) => s.settings.actionLinkDays ?? DEFAULT_ACTION_LINK_DAYS);
  const update = useApp((s) => s.updateSettings);
  const [text, setText] = useState(String(days));
  const [saved, setSaved] = useState(false);
  const { error, run } = useApiCall();
  const save = async () => {
    setSaved(false);
    await run(async () => {
      await update({ actionLinkDays: Number(text) });
      setSaved(true);
    });
  };
  return (
    <fieldset className="card" data-testid="action-link-settings">
      <legend>{t('actFromMail.settings.title')}</legend>
      <p className="muted">{t('actFromMail.settings.intro')}</p>
      <div className="form-row">
        <label htmlFor="action-link-days">{t('actFromMail.settings.days')}</label>
        <input
          id="action-link-days"
          type="number"
          min={1}
          max={90}
          step={1}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setSaved(false);
          }}
        />
      </div>
      <p className="muted">{t('actFromMail.settings.where')}</p>
      {saved && (
        <p className="ok-box" role="status">
          {t('actFromMail.settings.saved')}
        </p>
      )}
      {error !== null && <ErrorBox error={error} />}
      <button type="button" className="primary" onClick={() => void save()}>
        {t('actFromMail.settings.save')}
      </button>
    </fieldset>
  );
}
