import { useTranslation } from 'react-i18next';
import type { OfficeCertificate } from '@shared/api/office-contract';
import { formatDateTime } from '../ui/format';

/** The office network's certificate as colleagues check it: its SHA-256 fingerprint, validity and names. */
export function OfficeCertificateFacts({
  certificate,
  busy,
  onRenew,
}: {
  certificate: OfficeCertificate | undefined;
  busy: boolean;
  onRenew(): void;
}) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDateTime(iso, i18n.language, { dateStyle: 'long' });
  return (
    <div className="office-certificate">
      <h3>{t('officeNetwork.certificate')}</h3>
      {certificate ? (
        <>
          <dl className="facts">
            <dt>{t('officeNetwork.fingerprint')}</dt>
            <dd>
              <code className="office-fingerprint" data-testid="office-fingerprint">
                {certificate.fingerprint.split(':').map((pair, i) => (
                  <span key={i}>
                    {i > 0 && ':'}
                    {i > 0 && <wbr />}
                    {pair}
                  </span>
                ))}
              </code>
            </dd>
            <dt>{t('officeNetwork.validity')}</dt>
            <dd>
              {t('officeNetwork.validRange', {
                from: date(certificate.validFrom),
                until: date(certificate.validUntil),
              })}
            </dd>
            <dt>{t('officeNetwork.certificateNames')}</dt>
            <dd>{certificate.names.join(', ')}</dd>
          </dl>
          <p className="muted">{t('officeNetwork.fingerprintHint')}</p>
          <button type="button" disabled={busy} onClick={onRenew}>
            {t('officeNetwork.renew')}
          </button>
        </>
      ) : (
        <p className="muted">{t('officeNetwork.certificateNone')}</p>
      )}
    </div>
  );
}
