import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '@shared/api';
import { JobTypes } from '@shared/bpmn/jobs';
import { type CamundaSettings as Settings, type WorkerJobType, WorkerJobTypes } from '@shared/model/camunda-settings';
import { useApp } from '../state/context';
import { ErrorBox, fieldIssues, useErrorText, useIssueText } from '../ui/ErrorText';
import { FormRow } from '../ui/FormRow';
import { SecretInput } from '../ui/SecretInput';
import { formatDateTime } from '../ui/format';
import { useApiCall } from '../ui/use-api-call';

type Loaded = ApiOutput<'camunda.settings'>;
type Status = ApiOutput<'camunda.status'>;
const EMPTY: Settings = { restAddress: '', jobTypes: [...WorkerJobTypes] };

/** Each job type's words in Settings; a new job type fails to compile here until it has some. */
const JOB_TYPE_WORDS = {
  [JobTypes.sendMessage]: 'sendMessage',
  [JobTypes.callWebhook]: 'callWebhook',
  [JobTypes.createCrmTask]: 'createCrmTask',
  [JobTypes.setRecordField]: 'setRecordField',
  [JobTypes.reassignTask]: 'reassignTask',
} as const satisfies Record<WorkerJobType, string>;

type TextKey = 'restAddress' | 'tokenUrl' | 'audience' | 'clientId';
const FIELDS = ['restAddress', 'tokenUrl', 'audience', 'clientId', 'clientSecret', 'jobTypes'] as const;

/** Settings → Camunda 8: worker mode — the cluster Stroomlijn does steps for, its credentials, and how it is doing. */
export function CamundaSettings() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const issueText = useIssueText();
  const client = useApp((s) => s.client);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [on, setOn] = useState(false);
  const [camunda, setCamunda] = useState<Settings>(EMPTY);
  const [status, setStatus] = useState<Status | null>(null);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const { error, setError, run } = useApiCall();

  const show = (s: Loaded) => {
    setLoaded(s);
    setOn(Boolean(s.camunda));
    if (s.camunda) {
      const { hasSecret: _kept, ...shown } = s.camunda;
      setCamunda({ ...shown, clientSecret: '' });
    }
  };
  const refresh = () => client.call('camunda.status').then(setStatus, () => undefined);
  useEffect(() => {
    client.call('camunda.settings').then(show, setError);
    void client.call('camunda.status').then(setStatus, () => undefined);
  }, [client, setError]);

  /** What is sent: empty fields left out; without a typed secret, the kept one stays. */
  const given = (): Settings => {
    const entries = Object.entries(camunda).filter(([, v]) => v !== '' && v !== undefined);
    return Object.fromEntries(entries) as Settings;
  };
  const save = async () => {
    setSaid(null);
    await run(async () => {
      show(await client.call('camunda.saveSettings', { camunda: on ? given() : null }));
      setSaid({ ok: true, text: t('camunda.saved') });
      await refresh();
    });
  };
  const pollNow = async () => {
    setSaid(null);
    try {
      setSaid({ ok: true, text: t('camunda.polled', { count: (await client.call('camunda.pollNow')).handled }) });
    } catch (e) {
      setSaid({ ok: false, text: errorText(e) });
    }
    await refresh();
  };

  if (!loaded) return error !== null ? <ErrorBox error={error} /> : null;
  // A refused save says what is wrong beside each field it is about.
  const { byField, onlyFields } = fieldIssues(error, /^camunda\./, FIELDS, issueText);
  const text = (key: TextKey, type = 'text', placeholder?: string) => (
    <FormRow id={`camunda-${key}`} label={t(`camunda.${key}`)} problem={byField.get(key)}>
      <input
        id={`camunda-${key}`}
        type={type}
        value={camunda[key] ?? ''}
        placeholder={placeholder}
        autoComplete="off"
        aria-invalid={byField.has(key)}
        onChange={(e) => setCamunda({ ...camunda, [key]: e.target.value })}
      />
    </FormRow>
  );
  const toggle = (type: WorkerJobType, checked: boolean) =>
    setCamunda({
      ...camunda,
      jobTypes: WorkerJobTypes.filter((j) => (j === type ? checked : camunda.jobTypes.includes(j))),
    });
  return (
    <fieldset className="card" data-testid="camunda-settings">
      <legend>{t('camunda.title')}</legend>
      <p className="muted">{t('camunda.intro')}</p>
      <label className="prop-check">
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
        {t('camunda.use')}
      </label>
      {on && (
        <div className="smtp-grid">
          {text('restAddress', 'url', 'https://camunda.kantoor.lan:8080')}
          {text('tokenUrl', 'url', 'https://login.cloud.camunda.io/oauth/token')}
          {text('clientId')}
          <SecretInput
            id="camunda-clientSecret"
            label={t('camunda.clientSecret')}
            value={camunda.clientSecret ?? ''}
            kept={Boolean(loaded.camunda?.hasSecret)}
            keptText={t('camunda.secretKept')}
            onChange={(clientSecret) => setCamunda({ ...camunda, clientSecret })}
          />
          {text('audience', 'text', 'zeebe.camunda.io')}
          <p className="muted grid-wide">{t('camunda.credentialsHint')}</p>
          <fieldset className="job-types">
            <legend>
              {t('camunda.jobTypes')}
              {byField.has('jobTypes') && <span className="camunda-error"> ({byField.get('jobTypes')})</span>}
            </legend>
            {WorkerJobTypes.map((type) => (
              <label key={type} className="prop-check">
                <input
                  type="checkbox"
                  checked={camunda.jobTypes.includes(type)}
                  onChange={(e) => toggle(type, e.target.checked)}
                />
                {t(`camunda.jobType.${JOB_TYPE_WORDS[type]}`)}
              </label>
            ))}
          </fieldset>
        </div>
      )}
      {status && (
        <div className="muted" data-testid="camunda-status">
          <p>{t(`camunda.state.${status.state}`)}</p>
          {status.state !== 'off' && (
            <p>
              {status.lastPollAt && t('camunda.lastPoll', { at: formatDateTime(status.lastPollAt, i18n.language) })}{' '}
              {t('camunda.handled', { count: status.jobsHandled })}
            </p>
          )}
          {status.state === 'failing' && status.lastError && (
            <p className="camunda-error">{t('camunda.lastError', { error: status.lastError })}</p>
          )}
        </div>
      )}
      {said && (
        <p className={said.ok ? 'ok-box' : 'error-box'} role="status">
          {said.text}
        </p>
      )}
      {error !== null && !onlyFields && <ErrorBox error={error} />}
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void save()}>
          {t('camunda.save')}
        </button>
        {loaded.camunda && (
          <button type="button" onClick={() => void pollNow()}>
            {t('camunda.pollNow')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
