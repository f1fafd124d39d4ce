import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeNetworkStatus } from '@shared/api/office-contract';
import { officeListenProblems, officeNetworkMessages } from '@shared/model/office-network';
import { useApp } from '../state/context';
import { Dialog } from '../ui/Dialog';
import { ErrorBox, fieldIssues, useIssueText } from '../ui/ErrorText';
import { FormRow } from '../ui/FormRow';
import { OfficeCertificateFacts } from './OfficeCertificateFacts';
import './office-network.css';
import { useApiCall } from '../ui/use-api-call';

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const known = { ...officeNetworkMessages, ...officeListenProblems };

/** A refusal of the office network's settings in the user's language. */
function useOfficeIssueText() {
  const { t } = useTranslation();
  const general = useIssueText();
  return (message: string) => {
    const key = (Object.keys(known) as (keyof typeof known)[]).find((k) => known[k] === message);
    return key ? t(`officeNetwork.issues.${key}`) : general(message);
  };
}

/**
 * Settings → Office network: switch serving the app to colleagues over HTTPS on and off, its port
 * and the names they type; the certificate's fingerprint for them to check, and a new certificate.
 */
export function OfficeNetworkSettings() {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const issueText = useOfficeIssueText();
  const [status, setStatus] = useState<OfficeNetworkStatus | null>(null);
  const [enabled, setEnabled] = useState(false);
  const [port, setPort] = useState('');
  const [names, setNames] = useState('');
  const [saved, setSaved] = useState(false);
  const [renewing, setRenewing] = useState(false);
  const { busy, error, setError, run: call } = useApiCall();

  const show = (next: OfficeNetworkStatus) => {
    setStatus(next);
    setEnabled(next.enabled);
    setPort(String(next.port));
    setNames(next.hostNames.join('\n'));
  };
  useEffect(() => {
    client.call('officeNetwork.get').then(show, setError);
  }, [client, setError]);

  const run = async (work: () => Promise<OfficeNetworkStatus>, after?: () => void) => {
    setSaved(false);
    await call(async () => {
      show(await work());
      after?.();
    });
  };
  const save = () =>
    run(
      () => client.call('officeNetwork.update', { enabled, port: Number(port), hostNames: linesOf(names) }),
      () => setSaved(true),
    );
  const renew = async () => {
    await run(() => client.call('officeNetwork.renewCertificate', {}));
    setRenewing(false);
  };

  if (!status) return error !== null ? <ErrorBox error={error} /> : null;
  const { byField, onlyFields } = fieldIssues(error, /^/, ['port', 'hostNames', 'enabled'], issueText);
  const listed = linesOf(names);
  const suggestions = status.suggestions.filter((name) => !listed.includes(name));
  const on = status.listening.length > 0;
  return (
    <fieldset className="card office-card" data-testid="office-network">
      <legend>{t('officeNetwork.title')}</legend>
      <p className="muted">{t('officeNetwork.intro')}</p>
      <div className={`office-state ${on ? 'on' : 'off'}`} role="status" data-testid="office-state">
        <strong>{on ? t('officeNetwork.on') : t('officeNetwork.off')}</strong>{' '}
        {on ? t('officeNetwork.statusOn') : t('officeNetwork.statusOff')}
        {on && (
          <ul className="office-urls" data-testid="office-urls">
            {status.urls.map((url) => (
              <li key={url}>
                <code>{url}</code>
              </li>
            ))}
          </ul>
        )}
        {on && (
          <p className="muted">
            {t('officeNetwork.listening', { addresses: status.listening.join(', '), port: status.port })}
          </p>
        )}
      </div>
      {status.problem && (
        <p className="error-box" role="alert">
          {t(`officeNetwork.problem.${status.problem.reason}`, { port: status.port, detail: status.problem.detail })}
        </p>
      )}
      <div className="office-form">
        <label className="prop-check">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          {t('officeNetwork.enabled')}
        </label>
        <FormRow
          id="office-port"
          label={t('officeNetwork.port')}
          {...(byField.get('port') ? { problem: byField.get('port')! } : {})}
        >
          <input
            id="office-port"
            type="number"
            min={1}
            max={65535}
            value={port}
            onChange={(e) => setPort(e.target.value)}
          />
          <p className="muted">{t('officeNetwork.portHint')}</p>
        </FormRow>
        <FormRow
          id="office-names"
          label={t('officeNetwork.names')}
          {...(byField.get('hostNames') ? { problem: byField.get('hostNames')! } : {})}
        >
          <textarea
            id="office-names"
            rows={3}
            spellCheck={false}
            placeholder="kantoor-pc"
            value={names}
            onChange={(e) => setNames(e.target.value)}
          />
          <p className="muted">{t('officeNetwork.namesHint')}</p>
        </FormRow>
        {suggestions.length > 0 && (
          <div className="office-suggestions">
            <span className="muted">{t('officeNetwork.suggestions')}</span>
            {suggestions.map((name) => (
              <button
                key={name}
                type="button"
                className="chip"
                aria-label={t('officeNetwork.add', { name })}
                onClick={() => setNames([...listed, name].join('\n'))}
              >
                + {name}
              </button>
            ))}
          </div>
        )}
        {saved && (
          <p className="ok-box" role="status">
            {t('officeNetwork.saved')}
          </p>
        )}
        {error !== null && !onlyFields && <ErrorBox error={error} />}
        <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
          {t('officeNetwork.save')}
        </button>
      </div>
      <OfficeCertificateFacts certificate={status.certificate} busy={busy} onRenew={() => setRenewing(true)} />
      <p className="muted office-refused">{t('officeNetwork.refused')}</p>
      {renewing && (
        <Dialog
          title={t('officeNetwork.renewTitle')}
          onClose={() => setRenewing(false)}
          footer={
            <>
              <button type="button" onClick={() => setRenewing(false)}>
                {t('common.cancel')}
              </button>
              <button type="button" className="primary" disabled={busy} onClick={() => void renew()}>
                {t('officeNetwork.renew')}
              </button>
            </>
          }
        >
          <p>{t('officeNetwork.renewBody')}</p>
        </Dialog>
      )}
    </fieldset>
  );
}
