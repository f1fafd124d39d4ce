import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/api/contract';
import { directoryFields } from '../../../shared/directory';
import type { DirectoryKind } from '../../../shared/model/directory';
import { useApp } from '../state/context';
import { Dialog } from '../ui/Dialog';
import { ErrorBox, useIssueText } from '../ui/ErrorText';
import { issueReasonText } from '../ui/reason-text';
import type { Issue } from '../../../shared/model/parse';

/** CSV import: pick or paste a file, import the good rows, list every rejected row and why. */
export function ImportDialog({ kind, onClose }: { kind: DirectoryKind; onClose(): void }) {
  const { t } = useTranslation();
  const importCsv = useApp((s) => s.importCsv);
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const issueText = useIssueText();
  const columns = ['id', ...directoryFields[kind].map((f) => f.key)];
  const known = new Set(columns);
  // A cell's problem after its column's name in the user's language; a line's own problem as it is.
  const problem = (issue: Issue) => {
    const text = issueReasonText(t, issue) ?? issueText(issue.message);
    return known.has(issue.path) ? `${t(`directory.fields.${issue.path}`, { defaultValue: issue.path })}: ${text}` : text;
  };

  const run = async () => {
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await importCsv(kind, csv));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      wide
      title={t('directory.csv.title', { kind: t(`directory.kinds.${kind}`) })}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="button" className="primary" onClick={run} disabled={busy || csv.trim() === ''}>
            {busy ? t('directory.csv.running') : t('directory.csv.run')}
          </button>
        </>
      }
    >
      <p className="muted">{t('directory.csv.intro')}</p>
      <p>
        <strong>{t('directory.csv.columns')}:</strong> <code>{columns.join(', ')}</code>
      </p>
      <div className="form-row">
        <span className="label">{t('directory.csv.file')}</span>
        <div className="file-picker">
          <label className="button">
            <input
              type="file"
              accept=".csv,text/csv,text/plain"
              aria-label={t('directory.csv.file')}
              onChange={async (e) => {
                const file = e.target.files?.[0];
                setFileName(file?.name ?? null);
                setCsv((await file?.text()) ?? '');
              }}
            />
            {t('directory.csv.choose')}
          </label>
          <span className="muted">{fileName ?? t('directory.csv.noFile')}</span>
        </div>
      </div>
      <div className="form-row">
        <label htmlFor="csv-text">{t('directory.csv.paste')}</label>
        <textarea id="csv-text" rows={6} value={csv} onChange={(e) => setCsv(e.target.value)} spellCheck={false} />
      </div>
      {error !== null && <ErrorBox error={error} />}
      {report && (
        <div className="import-report" role="status">
          <p>
            {t('directory.csv.result', { count: report.rows, created: report.created, updated: report.updated, rejected: report.rejected.length })}
          </p>
          {report.rejected.length > 0 && (
            <>
              <h3>{t('directory.csv.rejectedTitle')}</h3>
              <table className="table compact">
                <thead>
                  <tr>
                    <th>{t('directory.csv.line')}</th>
                    <th>{t('directory.csv.problems')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rejected.map((r) => (
                    <tr key={r.line}>
                      <td>{r.line}</td>
                      <td>{r.errors.map(problem).join('; ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </Dialog>
  );
}
