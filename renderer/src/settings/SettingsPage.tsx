import { useTranslation } from 'react-i18next';
import { Languages } from '@shared/model/common';
import { Theme } from '@shared/model/settings';
import { useApp } from '../state/context';
import { ErrorBox } from '../ui/ErrorText';
import { MailSettings } from './MailSettings';
import { ApiTokens } from './ApiTokens';
import { ConnectorSettings } from './ConnectorSettings';
import { WebhookSettings } from './WebhookSettings';
import { OfficeNetworkSettings } from './OfficeNetworkSettings';
import { ActionLinkSettings } from './ActionLinkSettings';
import { RepliesSettings } from './RepliesSettings';
import { OfficeCalendarSettings } from './OfficeCalendarSettings';
import { CamundaSettings } from './CamundaSettings';
import { useApiCall } from '../ui/use-api-call';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useApp((s) => s.settings);
  const info = useApp((s) => s.info);
  const update = useApp((s) => s.updateSettings);
  const { error, run } = useApiCall();
  const change = (c: Parameters<typeof update>[0]) => void run(() => update(c));
  return (
    <section className="page">
      <header className="page-head">
        <div>
          <h1>{t('settings.title')}</h1>
          <p className="muted">{t('settings.subtitle')}</p>
        </div>
      </header>
      {error !== null && <ErrorBox error={error} />}
      <div className="card-grid">
        <fieldset className="card">
          <legend>{t('settings.language')}</legend>
          <p className="muted">{t('settings.languageHint')}</p>
          <div className="segmented" role="radiogroup" aria-label={t('settings.language')}>
            {Languages.map((l) => (
              <label key={l} className={settings.language === l ? 'active' : undefined}>
                <input
                  type="radio"
                  name="language"
                  value={l}
                  checked={settings.language === l}
                  onChange={() => change({ language: l })}
                />
                {t(`languages.${l}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="card">
          <legend>{t('settings.theme')}</legend>
          <div className="segmented" role="radiogroup" aria-label={t('settings.theme')}>
            {Theme.options.map((th) => (
              <label key={th} className={settings.theme === th ? 'active' : undefined}>
                <input
                  type="radio"
                  name="theme"
                  value={th}
                  checked={settings.theme === th}
                  onChange={() => change({ theme: th })}
                />
                {t(`settings.themes.${th}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <MailSettings />
        <ActionLinkSettings />
        <RepliesSettings />
        <OfficeCalendarSettings />
        <CamundaSettings />
        <ApiTokens />
        <ConnectorSettings />
        <WebhookSettings />
        <OfficeNetworkSettings />
        <fieldset className="card">
          <legend>{t('settings.about')}</legend>
          <dl className="facts">
            <dt>{t('settings.version')}</dt>
            <dd>{info.version}</dd>
            <dt>{t('settings.host')}</dt>
            <dd>{info.host === 'electron' ? t('nav.hostElectron') : t('nav.hostBrowser')}</dd>
            <dt>{t('settings.dataDir')}</dt>
            <dd>
              <code>{info.dataDir}</code>
            </dd>
          </dl>
        </fieldset>
      </div>
    </section>
  );
}
