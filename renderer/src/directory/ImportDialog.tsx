import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvPreview, ImportReport } from '@shared/api/directory-csv-contract';
import type { DirectoryKind } from '@shared/model/directory';
import { useApp } from '../state/context';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorText';
import { base64Of } from '../ui/file-base64';
import { type CsvChoices, CsvMappingStep } from './CsvMappingStep';
import { useCsvIssueText } from './csv-issue-text';
import { useApiCall } from '../ui/use-api-call';

/** The file as the server reads it: its bytes (the server finds the encoding) or pasted text. */
type Source = { base64: string } | { csv: string };

/**
 * CSV import: pick or paste a file; the server reads it and guesses which column goes where; the
 * mapping step shows that and the first rows as they will be stored; only then is anything imported.
 */
export function ImportDialog({ kind, onClose }: { kind: DirectoryKind; onClose(): void }) {
  const { t } = useTranslation();
  const importCsv = useApp((s) => s.importCsv);
  const client = useApp((s) => s.client);
  const csvIssueText = useCsvIssueText();
  const [pasted, setPasted] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [source, setSource] = useState<Source | null>(null);
  const [choices, setChoices] = useState<CsvChoices | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const { busy, error, setError, run: attempt } = useApiCall();

  /** Read the file on the server: with no choices yet, its guess of the mapping. */
  const read = (next: Source, wanted: CsvChoices | null) =>
    attempt(async () => {
      const given = wanted ? { mapping: wanted.mapping, unknownOrganisations: wanted.unknownOrganisations } : {};
      const result = await client.call('directory.previewCsv', { kind, ...next, ...given });
      setSource(next);
      setPreview(result);
      setChoices({ mapping: result.mapping, unknownOrganisations: wanted?.unknownOrganisations ?? 'refuse' });
    });

  const run = () =>
    attempt(async () => {
      if (!source || !choices) return;
      setReport(await importCsv({ kind, ...source, ...choices }));
    });

  const restart = () => {
    setSource(null);
    setPreview(null);
    setChoices(null);
    setReport(null);
    setError(null);
  };

  const importable = preview && !preview.problems.length ? preview.rows - preview.rejected.length : 0;
  const footer = (
    <>
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
      {preview && !report && (
        <button type="button" onClick={restart} disabled={busy}>
          {t('csvImport.other')}
        </button>
      )}
      {!preview && (
        <button
          type="button"
          className="primary"
          onClick={() => read({ csv: pasted }, null)}
          disabled={busy || !pasted.trim()}
        >
          {busy ? t('csvImport.reading') : t('csvImport.preview')}
        </button>
      )}
      {preview && !report && (
        <button type="button" className="primary" onClick={run} disabled={busy || importable === 0}>
          {busy ? t('directory.csv.running') : t('csvImport.run', { count: importable })}
        </button>
      )}
    </>
  );

  return (
    <Dialog
      wide
      title={t('directory.csv.title', { kind: t(`directory.kinds.${kind}`) })}
      onClose={onClose}
      footer={footer}
    >
      {!preview && (
        <>
          <p className="muted">{t('csvImport.intro')}</p>
          <div className="form-row">
            <span className="label">{t('directory.csv.file')}</span>
            <div className="file-picker">
              <label className="button">
                <input
                  type="file"
                  accept=".csv,.txt,text/csv,text/plain"
                  aria-label={t('directory.csv.file')}
                  onChange={async (e) => {
                    const file = e.target.files?.[0];
                    setFileName(file?.name ?? null);
                    if (file) await read({ base64: await base64Of(file) }, null);
                  }}
                />
                {t('directory.csv.choose')}
              </label>
              <span className="muted">{fileName ?? t('directory.csv.noFile')}</span>
            </div>
          </div>
          <div className="form-row">
            <label htmlFor="csv-text">{t('directory.csv.paste')}</label>
            <textarea
              id="csv-text"
              rows={6}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
              spellCheck={false}
            />
          </div>
        </>
      )}
      {error !== null && <ErrorBox error={error} />}
      {preview && choices && !report && (
        <CsvMappingStep
          kind={kind}
          preview={preview}
          choices={choices}
          onChange={(next) => {
            setChoices(next);
            if (source) void read(source, next);
          }}
        />
      )}
      {report && (
        <div className="import-report" role="status">
          <p>
            {t('directory.csv.result', {
              count: report.rows,
              created: report.created,
              updated: report.updated,
              rejected: report.rejected.length,
            })}{' '}
            {report.organisationsCreated
              ? t('csvImport.organisationsCreated', { count: report.organisationsCreated })
              : null}
          </p>
          {report.rejected.length > 0 && <RejectedRows rows={report.rejected} text={csvIssueText} />}
        </div>
      )}
      {preview && !report && preview.rejected.length > 0 && (
        <RejectedRows rows={preview.rejected} text={csvIssueText} title={t('csvImport.rejectedTitle')} />
      )}
    </Dialog>
  );
}

interface RejectedProps {
  rows: ImportReport['rejected'];
  text: ReturnType<typeof useCsvIssueText>;
  title?: string;
}

function RejectedRows({ rows, text, title }: RejectedProps) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{title ?? t('directory.csv.rejectedTitle')}</h3>
      <table className="table compact">
        <thead>
          <tr>
            <th>{t('directory.csv.line')}</th>
            <th>{t('directory.csv.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line}>
              <td>{r.line}</td>
              <td>{r.errors.map(text).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
