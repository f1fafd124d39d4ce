import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '@shared/api';
import { previewDocument } from '../templates/preview-frame';
import { ProblemList } from '../templates/ProblemList';

/**
 * The rest of the mailing wizard's check: what keeps the template from being sent, the fields it
 * uses that this mailing leaves empty (for everyone, or for some), those that do not exist at all,
 * and the first recipient's copy.
 */
export function MailingCheckView({ check }: { check: ApiOutput<'mailings.check'> }) {
  const { t } = useTranslation();
  const empty = check.emptyFields ?? [];
  const unknown = check.unknownFields ?? [];
  return (
    <div className="mailing-check">
      {(check.problems ?? []).length > 0 && (
        <div className="error-box">
          <p>{t('mailing.cannotSend')}</p>
          <ProblemList problems={check.problems!} />
        </div>
      )}
      {check.emptyFields && (
        <section aria-label={t('mailing.emptyFields')}>
          <h3>{t('mailing.emptyFields')}</h3>
          {empty.length === 0 ? (
            unknown.length === 0 && <p className="muted">{t('mailing.noEmptyFields')}</p>
          ) : (
            <>
              <p className="muted">{t('mailing.emptyFieldsHint')}</p>
              <table className="table compact" data-testid="empty-fields">
                <tbody>
                  {empty.map((f) => (
                    <tr key={f.field}>
                      <td>
                        <code>{`{{${f.field}}}`}</code>
                      </td>
                      <td className="wf-missing">
                        {f.empty === f.of
                          ? t('mailing.emptyForAll', { count: f.of })
                          : t('mailing.emptyForSome', { empty: f.empty, count: f.of })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
      )}
      {unknown.length > 0 && (
        <section aria-label={t('mailing.unknownFields')}>
          <h3>{t('mailing.unknownFields')}</h3>
          <p className="muted">{t('mailing.unknownFieldsHint')}</p>
          <table className="table compact" data-testid="unknown-fields">
            <tbody>
              {unknown.map((field) => (
                <tr key={field}>
                  <td>
                    <code>{`{{${field}}}`}</code>
                  </td>
                  <td className="wf-missing">{t('mailing.noSuchField')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {check.preview && (
        <section className="mailing-preview" aria-label={t('mailing.previewOf', { name: check.preview.name })}>
          <h3>{t('mailing.previewOf', { name: check.preview.name })}</h3>
          <p className="muted" data-testid="mailing-language">
            {t('mailing.inLanguage', { language: t(`mailing.languages.${check.preview.language}`) })}
          </p>
          <p className="preview-subject" data-testid="mailing-subject">
            {check.preview.subject}
          </p>
          <iframe
            title={t('mailing.previewOf', { name: check.preview.name })}
            sandbox=""
            srcDoc={previewDocument(check.preview.html)}
          />
        </section>
      )}
    </div>
  );
}
