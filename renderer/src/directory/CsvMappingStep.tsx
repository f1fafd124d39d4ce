import { useTranslation } from 'react-i18next';
import type { CsvPreview } from '@shared/api/directory-csv-contract';
import { directoryFields, type FieldSpec } from '@shared/directory';
import type { Directory, DirectoryEntry, DirectoryKind } from '@shared/model/directory';
import { useApp } from '../state/context';
import { cellText } from './cells';
import { useCsvIssueText } from './csv-issue-text';

const DELIMITER_NAMES = { ';': 'semicolon', ',': 'comma', '\t': 'tab' } as const;

export interface CsvChoices {
  mapping: (string | null)[];
  unknownOrganisations: 'create' | 'refuse';
}

interface Props {
  kind: DirectoryKind;
  preview: CsvPreview;
  choices: CsvChoices;
  onChange(choices: CsvChoices): void;
}

/** The mapping step: how the file was read, which column goes where, the first rows as they will be stored. */
export function CsvMappingStep({ kind, preview, choices, onChange }: Props) {
  const { t } = useTranslation();
  const directory = useApp((s) => s.directory);
  const csvIssueText = useCsvIssueText();
  const fields = directoryFields[kind] as FieldSpec[];
  const takesOrganisations = fields.some((f) => f.ref === 'organisations');
  // The rows refer to organisations the import would create: show those by name too.
  const newNames = new Map(preview.organisations.map((o) => [o.id, o.name]));
  const shown: Directory = {
    ...directory,
    organisations: [
      ...directory.organisations,
      ...preview.organisations.map((o) => ({ id: o.id, name: t('csvImport.newOrganisation', { name: o.name }) })),
    ],
  };
  const setTarget = (column: number, target: string) =>
    onChange({ ...choices, mapping: choices.mapping.map((m, i) => (i === column ? target || null : m)) });
  const delimiter = DELIMITER_NAMES[preview.delimiter as keyof typeof DELIMITER_NAMES] ?? 'comma';

  return (
    <div className="csv-mapping">
      {preview.headers.length > 0 && (
        <p className="muted">
          {t('csvImport.read', {
            encoding: t(`csvImport.encodings.${preview.encoding as 'text'}`, { defaultValue: preview.encoding }),
            delimiter: t(`csvImport.delimiters.${delimiter}`),
          })}
        </p>
      )}
      <h3>{t('csvImport.mappingTitle')}</h3>
      <table className="table compact">
        <thead>
          <tr>
            <th>{t('csvImport.column')}</th>
            <th>{t('csvImport.field')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.headers.map((header, i) => (
            <tr key={i}>
              <td>
                <label htmlFor={`csv-column-${i}`}>{header || `#${i + 1}`}</label>
              </td>
              <td>
                <select
                  id={`csv-column-${i}`}
                  value={choices.mapping[i] ?? ''}
                  onChange={(e) => setTarget(i, e.target.value)}
                >
                  <option value="">{t('csvImport.notImported')}</option>
                  <option value="id">{t('csvImport.id')}</option>
                  {fields.map((f) => (
                    <option key={f.key} value={f.key}>
                      {t(`directory.fields.${f.key}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('csvImport.joined')}</p>
      {takesOrganisations && (
        <fieldset className="form-row">
          <legend className="label">{t('csvImport.unknownOrganisations')}</legend>
          {(['refuse', 'create'] as const).map((option) => (
            <label key={option} className="inline">
              <input
                type="radio"
                name="csv-unknown-organisations"
                checked={choices.unknownOrganisations === option}
                onChange={() => onChange({ ...choices, unknownOrganisations: option })}
              />{' '}
              {t(`csvImport.${option}`)}
            </label>
          ))}
        </fieldset>
      )}
      {preview.problems.length > 0 ? (
        <div className="error-box" role="alert">
          {preview.problems.map((p, i) => (
            <p key={i}>{csvIssueText(p)}</p>
          ))}
        </div>
      ) : (
        <>
          <p role="status">
            {t('csvImport.summary', {
              count: preview.rows,
              created: preview.created,
              updated: preview.updated,
              rejected: preview.rejected.length,
            })}
            {newNames.size > 0 && <> {t('csvImport.newOrganisations', { names: [...newNames.values()].join(', ') })}</>}
          </p>
          <h3>{t('csvImport.previewTitle')}</h3>
          <div className="table-wrap">
            <table className="table compact csv-preview">
              <thead>
                <tr>
                  <th>{t('csvImport.line')}</th>
                  {fields.map((f) => (
                    <th key={f.key}>{t(`directory.fields.${f.key}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.first.map((row) => (
                  <tr key={row.line} className={row.entry ? undefined : 'refused'}>
                    <td>{row.line}</td>
                    {row.entry ? (
                      fields.map((f) => (
                        <td key={f.key}>
                          {cellText(f, row.entry as DirectoryEntry, shown, t('common.yes'), t('common.no'))}
                        </td>
                      ))
                    ) : (
                      <td colSpan={fields.length}>
                        {t('csvImport.refused')}: {row.errors.map(csvIssueText).join(' ')}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
