import Papa from 'papaparse';
import { issueBecause } from '../../shared/api/reasons';
import { directoryFields, type FieldSpec } from '../../shared/directory';
import type { DirectoryKind } from '../../shared/model/directory';
import type { Issue } from '../../shared/model/parse';

export interface CsvRow {
  /** Line in the file; the header is line 1. */
  line: number;
  values: Record<string, unknown>;
  /** Cells that could not be read as their field's kind. */
  issues: Issue[];
}

const TRUE = new Set(['true', 'yes', 'y', 'ja', 'j', '1', 'x', 'wahr']);
const FALSE = new Set(['false', 'no', 'n', 'nee', 'nein', '0', 'onwaar', 'falsch']);

function cellValue(field: FieldSpec, cell: string): { value?: unknown; issue?: Issue } {
  switch (field.kind) {
    case 'boolean': {
      const v = cell.toLowerCase();
      if (TRUE.has(v)) return { value: true };
      if (FALSE.has(v)) return { value: false };
      return { issue: issueBecause(field.key, 'csvNotYesNo', { value: cell }) };
    }
    case 'refs':
      return { value: cell.split(/[;|]/).map((s) => s.trim()).filter(Boolean) };
    default:
      return { value: cell };
  }
}

/**
 * Read a CSV file of directory entries. The header names fields (`id` to update an existing
 * entry); `,` and `;` separators are both understood (Excel in NL/DE writes `;`). Empty cells
 * leave a field out; lists are separated by `;` or `|`.
 */
export function rowsFromCsv(kind: DirectoryKind, csv: string): { rows: CsvRow[]; headerIssues: Issue[] } {
  const fields = directoryFields[kind] as FieldSpec[];
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  const [header, ...body] = parsed.data;
  if (!header) return { rows: [], headerIssues: [issueBecause('header', 'csvEmpty')] };
  const columns = header.map((h) => h.trim());
  const known = new Map(fields.map((f) => [f.key.toLowerCase(), f] as const));
  const headerIssues: Issue[] = columns
    .filter((c) => c.toLowerCase() !== 'id' && !known.has(c.toLowerCase()))
    .map((column) => issueBecause('header', 'csvUnknownColumn', { column, known: ['id', ...fields.map((f) => f.key)].join(', ') }));
  const missing = fields.filter((f) => f.required && !columns.some((c) => c.toLowerCase() === f.key.toLowerCase()));
  for (const f of missing) headerIssues.push(issueBecause('header', 'csvMissingColumn', { column: f.key }));
  if (headerIssues.length) return { rows: [], headerIssues };

  // Papa reports the row of each parse error; carry them to the report instead of guessing.
  const parseErrors = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined) parseErrors.set(e.row, e.message);

  const rows = body.map((cells, index): CsvRow => {
    const line = index + 2;
    const values: Record<string, unknown> = {};
    const issues: Issue[] = [];
    const parseError = parseErrors.get(index + 1);
    if (parseError) issues.push(issueBecause('row', 'csvUnreadable', { detail: parseError }));
    if (cells.length !== columns.length) issues.push(issueBecause('row', 'csvCellCount', { cells: cells.length, columns: columns.length }));
    columns.forEach((column, i) => {
      const cell = (cells[i] ?? '').trim();
      if (cell === '') return;
      if (column.toLowerCase() === 'id') {
        values.id = cell;
        return;
      }
      const field = known.get(column.toLowerCase())!;
      const { value, issue } = cellValue(field, cell);
      if (issue) issues.push(issue);
      else values[field.key] = value;
    });
    return { line, values, issues };
  });
  return { rows, headerIssues };
}
