import type { Directory, DirectoryEntry, DirectoryKind, Organisation } from '../model/directory';
import { checkEntry } from './check-entry';
import { type CsvTarget } from './csv-headers';
import { type CsvIssue, csvIssue } from './csv-problems';
import type { CsvTable } from './csv-table';
import { dayOf, yesNo } from './csv-values';
import { directoryFields, type FieldSpec } from './fields';
import { entryLabel } from './names';

/** What to do with an organisation named in a row that the Directory does not have. */
export type UnknownOrganisations = 'create' | 'refuse';

export interface CsvImportChoices {
  /** Per column of the file, the field it goes to (`id`: update that entry), or null: not imported. */
  mapping: CsvTarget[];
  unknownOrganisations: UnknownOrganisations;
}

export interface PlannedRow {
  line: number;
  /** The entry as it will be stored; absent when the row is refused. */
  entry?: DirectoryEntry;
  change?: 'created' | 'updated';
  errors: CsvIssue[];
}

export interface ImportPlan {
  /** Why the file cannot be imported at all (then there are no rows). */
  headerIssues: CsvIssue[];
  rows: PlannedRow[];
  /** Organisations the accepted rows name and the Directory did not have: created with them. */
  organisations: Organisation[];
  /** The Directory as it will be after the import. */
  after: Directory;
}

/** Whether the mapping fits the file and the kind: every column's field exists, required ones are there. */
function mappingIssues(kind: DirectoryKind, table: CsvTable, mapping: readonly CsvTarget[]): CsvIssue[] {
  const fields = directoryFields[kind] as FieldSpec[];
  const keys: string[] = fields.map((f) => f.key);
  if (!table.headers.length) return [csvIssue('file', 'emptyFile')];
  if (mapping.length !== table.headers.length) {
    const counts = { given: String(mapping.length), columns: String(table.headers.length) };
    return [csvIssue('mapping', 'mappingLength', counts)];
  }
  const issues: CsvIssue[] = [];
  const known = keys.join(', ');
  mapping.forEach((target, i) => {
    if (target !== null && target !== 'id' && !keys.includes(target)) {
      issues.push(csvIssue(`mapping[${i}]`, 'unknownTarget', { target, known }));
    }
  });
  // Text fields take several columns (Tussenvoegsel + Achternaam); others one.
  for (const target of new Set(mapping)) {
    const twice = mapping.filter((m) => m === target).length > 1;
    const kindOf = fields.find((f) => f.key === target)?.kind;
    if (target !== null && twice && kindOf !== 'text') {
      issues.push(csvIssue('mapping', 'mappedTwice', { field: target }));
    }
  }
  for (const f of fields) {
    if (f.required && !mapping.includes(f.key)) issues.push(csvIssue('mapping', 'missingColumn', { field: f.key }));
  }
  return issues;
}

/** The entry of `kind` a cell names: by id or by its name (case and spaces aside). */
function findEntry(directory: Directory, kind: DirectoryKind, cell: string): DirectoryEntry | undefined {
  const list = directory[kind] as DirectoryEntry[];
  const plain = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');
  const name = plain(cell);
  return list.find((e) => e.id === cell) ?? list.find((e) => plain(entryLabel(kind, e, directory)) === name);
}

interface RowContext {
  working: Directory;
  choices: CsvImportChoices;
  newId: () => string;
  /** Organisations this row would create (kept only when the row is accepted). */
  created: Organisation[];
}

/** One cell as its field's value, or the issue with it. */
function cellValue(field: FieldSpec, cell: string, ctx: RowContext): { value?: unknown; issue?: CsvIssue } {
  switch (field.kind) {
    case 'boolean': {
      const value = yesNo(cell);
      return value === undefined ? { issue: csvIssue(field.key, 'notYesNo', { value: cell }) } : { value };
    }
    case 'date': {
      const value = dayOf(cell);
      return value === undefined ? { issue: csvIssue(field.key, 'notDate', { value: cell }) } : { value };
    }
    case 'ref': {
      const found = findEntry(ctx.working, field.ref!, cell);
      if (found) return { value: found.id };
      if (field.ref !== 'organisations') {
        return { issue: csvIssue(field.key, 'unknownReference', { kind: field.ref!, value: cell }) };
      }
      if (ctx.choices.unknownOrganisations === 'refuse') {
        return { issue: csvIssue(field.key, 'unknownOrganisation', { name: cell }) };
      }
      const organisation: Organisation = { id: ctx.newId(), name: cell.replace(/\s+/g, ' ') };
      ctx.created.push(organisation);
      ctx.working.organisations.push(organisation);
      return { value: organisation.id };
    }
    case 'refs': {
      const ids: string[] = [];
      for (const part of cell
        .split(/[;|]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const found = findEntry(ctx.working, field.ref!, part);
        if (!found) return { issue: csvIssue(field.key, 'unknownReference', { kind: field.ref!, value: part }) };
        ids.push(found.id);
      }
      return { value: ids };
    }
    case 'text':
    case 'email':
    case 'language':
      return { value: cell };
    default: {
      const never: never = field.kind;
      return never;
    }
  }
}

/** A row's values by field: cells of the columns mapped to one text field joined with a space. */
function rowValues(kind: DirectoryKind, table: CsvTable, cells: string[], ctx: RowContext) {
  const fields = directoryFields[kind] as FieldSpec[];
  const values: Record<string, unknown> = {};
  const errors: CsvIssue[] = [];
  const joined = new Map<string, string[]>();
  ctx.choices.mapping.forEach((target, i) => {
    const cell = (cells[i] ?? '').trim();
    if (target === null || cell === '') return;
    joined.set(target, [...(joined.get(target) ?? []), cell]);
  });
  for (const [target, parts] of joined) {
    if (target === 'id') {
      values.id = parts[0];
      continue;
    }
    const field = fields.find((f) => f.key === target)!;
    const { value, issue } = cellValue(field, parts.join(' '), ctx);
    if (issue) errors.push(issue);
    else values[field.key] = value;
  }
  if (cells.length !== table.headers.length) {
    const sizes = { cells: String(cells.length), columns: String(table.headers.length) };
    errors.unshift(csvIssue('row', 'cellCount', sizes));
  }
  return { values, errors };
}

/**
 * What importing a CSV table of `kind` with these choices does, row by row, against a copy of the
 * Directory: rows may refer to rows above them (and to organisations those created). Pure: nothing is
 * written; the preview shows this plan and the import stores `after`.
 */
export function planImport(
  directory: Directory,
  kind: DirectoryKind,
  table: CsvTable,
  choices: CsvImportChoices,
  newId: () => string,
): ImportPlan {
  const headerIssues = mappingIssues(kind, table, choices.mapping);
  const working = JSON.parse(JSON.stringify(directory)) as Directory;
  if (headerIssues.length) return { headerIssues, rows: [], organisations: [], after: working };
  const organisations: Organisation[] = [];
  const list = () => working[kind] as DirectoryEntry[];
  const rows = table.rows.map((row): PlannedRow => {
    const ctx: RowContext = { working, choices, newId, created: [] };
    const { values, errors } = rowValues(kind, table, row.cells, ctx);
    if (row.parseError) errors.unshift(csvIssue('row', 'unreadableRow', { detail: row.parseError }));
    const { entry, issues } = checkEntry(kind, values, working, newId);
    if (!entry || errors.length || issues.length) {
      // Organisations this refused row would have made are not made.
      working.organisations = working.organisations.filter((o) => !ctx.created.includes(o));
      return { line: row.line, errors: [...errors, ...issues] };
    }
    organisations.push(...ctx.created);
    const index = list().findIndex((e) => e.id === entry.id);
    if (index === -1) list().push(entry);
    else list()[index] = entry;
    return { line: row.line, entry, change: index === -1 ? 'created' : 'updated', errors: [] };
  });
  return { headerIssues, rows, organisations, after: working };
}
