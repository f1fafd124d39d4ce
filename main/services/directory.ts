import { ApiError } from '../../shared/api/errors';
import type { ImportReport, SaveEntryInput } from '../../shared/api/contract';
import { brokenReferences, entryLabel, referrersOf } from '../../shared/directory';
import { type Directory, type DirectoryEntry, type DirectoryKind, directoryEntrySchemas } from '../../shared/model/directory';
import type { Issue } from '../../shared/model/parse';
import { toIssues } from '../../shared/model/parse';
import type { Store } from '../store/store';
import { rowsFromCsv } from './directory-csv';

export interface DirectoryService {
  get(): Directory;
  /** Who items, tasks and records refer to, by name only (no addresses): for everyone signed in. */
  names(): { kind: 'users' | 'contacts' | 'organisations'; id: string; name: string }[];
  save(input: SaveEntryInput): Promise<{ kind: DirectoryKind; id: string }>;
  remove(kind: DirectoryKind, id: string): Promise<void>;
  importCsv(kind: DirectoryKind, csv: string): Promise<ImportReport>;
}

const listOf = (directory: Directory, kind: DirectoryKind) => directory[kind] as DirectoryEntry[];

/** Put `entry` into the list of its kind: replace the one with its id, or append it. */
function upsert(directory: Directory, kind: DirectoryKind, entry: DirectoryEntry): 'created' | 'updated' {
  const list = listOf(directory, kind);
  const index = list.findIndex((e) => e.id === entry.id);
  if (index === -1) {
    list.push(entry);
    return 'created';
  }
  list[index] = entry;
  return 'updated';
}

/**
 * @param saved told after an entry was saved (created or changed), with what it was before: record
 *   triggers on contacts and organisations listen.
 */
export function createDirectoryService(
  store: Store,
  newId: () => string,
  saved: (kind: DirectoryKind, before: DirectoryEntry | null, after: DirectoryEntry) => Promise<void> = async () => undefined,
  /** Whether someone could still sign in as an administrator in this directory (true while nobody has a sign-in). */
  adminCanSignIn: (next: Directory) => boolean = () => true,
): DirectoryService {
  const directory = () => store.data.directory;

  /** Refuse a change that would leave no administrator who can sign in: nobody could manage Stroomlijn any more. */
  function keepAnAdministrator(change: (working: Directory) => void): void {
    const working = structuredClone(directory());
    change(working);
    if (!adminCanSignIn(working)) {
      throw ApiError.because('conflict', 'lastAdminInDirectory');
    }
  }

  /** Validate one entry against its schema and the rest of the directory; issues or the entry. */
  function check(kind: DirectoryKind, candidate: Record<string, unknown>, within: Directory): { entry?: DirectoryEntry; issues: Issue[] } {
    const parsed = directoryEntrySchemas[kind].safeParse({ ...candidate, id: candidate.id ?? newId() });
    if (!parsed.success) return { issues: toIssues(parsed.error) };
    const entry = parsed.data as DirectoryEntry;
    const issues = brokenReferences(within, kind, entry);
    return issues.length ? { issues } : { entry, issues };
  }

  return {
    get: directory,
    names: () =>
      (['users', 'contacts', 'organisations'] as const).flatMap((kind) =>
        directory()[kind].map(({ id, name }) => ({ kind, id, name })),
      ),

    async save({ kind, entry: candidate }) {
      if (candidate.id !== undefined && !listOf(directory(), kind).some((e) => e.id === candidate.id)) {
        throw ApiError.because('not_found', 'notFound', { thing: kind, id: candidate.id });
      }
      const { entry, issues } = check(kind, candidate, directory());
      if (!entry) throw ApiError.invalidInput({ key: 'entryNotSaved' }, issues);
      const before = listOf(directory(), kind).find((e) => e.id === entry.id) ?? null;
      if (kind === 'users') keepAnAdministrator((working) => upsert(working, kind, entry));
      await store.update((data) => upsert(data.directory, kind, entry));
      await saved(kind, before ? structuredClone(before) : null, entry);
      return { kind, id: entry.id };
    },

    async remove(kind, id) {
      const entry = listOf(directory(), kind).find((e) => e.id === id);
      if (!entry) throw ApiError.because('not_found', 'notFound', { thing: kind, id });
      const referrers = referrersOf(directory(), kind, id);
      if (referrers.length) {
        const users = referrers.map((r) => r.label).join(', ');
        throw ApiError.because('conflict', 'entryInUse', { name: entryLabel(kind, entry, directory()), users });
      }
      if (kind === 'users') keepAnAdministrator((working) => void (working.users = working.users.filter((u) => u.id !== id)));
      await store.update((data) => {
        const list = listOf(data.directory, kind);
        list.splice(list.indexOf(entry), 1);
      });
    },

    async importCsv(kind, csv) {
      const { rows, headerIssues } = rowsFromCsv(kind, csv);
      if (headerIssues.length) throw ApiError.invalidInput({ key: 'csvNotImported' }, headerIssues);
      // Rows may refer to each other (a role created two lines up), so they are checked in order
      // against a working copy; the store is written once, with every accepted row.
      const working: Directory = structuredClone(directory());
      const report: ImportReport = { kind, rows: rows.length, created: 0, updated: 0, rejected: [] };
      const accepted: DirectoryEntry[] = [];
      for (const row of rows) {
        const { entry, issues } = check(kind, row.values, working);
        const errors = [...row.issues, ...issues];
        if (!entry || errors.length) {
          report.rejected.push({ line: row.line, errors });
          continue;
        }
        report[upsert(working, kind, entry)] += 1;
        accepted.push(entry);
      }
      if (kind === 'users' && accepted.length) keepAnAdministrator((next) => accepted.forEach((entry) => upsert(next, kind, entry)));
      if (accepted.length) await store.update((data) => accepted.forEach((entry) => upsert(data.directory, kind, entry)));
      return report;
    },
  };
}
