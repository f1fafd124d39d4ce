import type { z } from 'zod';
import { ApiError } from '@shared/api/errors';
import type { CsvImportInput, CsvPreview, ImportReport } from '@shared/api/directory-csv-contract';
import { guessMapping, type ImportPlan, planImport } from '@shared/directory';
import type { Directory, DirectoryKind } from '@shared/model/directory';
import { decodeCsv } from './csv-decode';
import { readCsvTable } from './csv-table';

export type CsvInput = z.output<typeof CsvImportInput>;

/** How many rows the preview shows as they will be stored. */
const FIRST_ROWS = 5;

/** A CSV import worked out against `directory`, writing nothing: the file read, its mapping and the plan. */
export function planCsv(directory: Directory, input: CsvInput, newId: () => string) {
  const decoded =
    input.base64 !== undefined
      ? decodeCsv(Buffer.from(input.base64, 'base64'))
      : { text: input.csv ?? '', encoding: 'text' };
  const text = 'text' in decoded ? decoded.text : '';
  const encoding = 'encoding' in decoded ? decoded.encoding : 'unknown';
  const table = readCsvTable(text);
  const mapping = input.mapping ?? guessMapping(input.kind, table.headers);
  const choices = { mapping, unknownOrganisations: input.unknownOrganisations };
  const plan: ImportPlan =
    'issue' in decoded
      ? { headerIssues: [decoded.issue], rows: [], organisations: [], after: directory }
      : planImport(directory, input.kind, table, choices, newId);
  return { encoding, table, mapping, plan };
}

const counts = (plan: ImportPlan) => ({
  rows: plan.rows.length,
  created: plan.rows.filter((r) => r.change === 'created').length,
  updated: plan.rows.filter((r) => r.change === 'updated').length,
  rejected: plan.rows.filter((r) => !r.entry).map(({ line, errors }) => ({ line, errors })),
});

/** What the mapping step shows: how the file was read, the mapping, and the first rows as they will be stored. */
export function previewOf(planned: ReturnType<typeof planCsv>): CsvPreview {
  const { encoding, table, mapping, plan } = planned;
  return {
    encoding,
    delimiter: table.delimiter,
    headers: table.headers,
    mapping,
    problems: plan.headerIssues,
    ...counts(plan),
    organisations: plan.organisations.map(({ id, name }) => ({ id, name })),
    first: plan.rows.slice(0, FIRST_ROWS).map(({ line, entry, errors }) => ({ line, ...(entry && { entry }), errors })),
  };
}

/** The import's report; refused as a whole when the file or its mapping cannot be used. */
export function reportOf(kind: DirectoryKind, plan: ImportPlan): ImportReport {
  if (plan.headerIssues.length) throw ApiError.invalidInput({ key: 'csvNotImported' }, plan.headerIssues);
  const made = plan.organisations.length;
  return { kind, ...counts(plan), ...(made ? { organisationsCreated: made } : {}) };
}
