import { ApiError } from '@shared/api/errors';
import { listedNames } from '@shared/api/listed-names';
import type { SaveEntryInput } from '@shared/api/contract';
import type { CsvPreview, ImportReport } from '@shared/api/directory-csv-contract';
import { checkEntry, entryLabel, referrersOf } from '@shared/directory';
import type { Directory, DirectoryEntry, DirectoryKind } from '@shared/model/directory';
import type { Store } from '../store/store';
import { type CsvInput, planCsv, previewOf, reportOf } from './directory-csv';

export interface DirectoryService {
  get(): Directory;
  /** One entry (404 when this kind has none with the id). */
  entry(kind: DirectoryKind, id: string): DirectoryEntry;
  /** Who items, tasks and records refer to, by name only (no addresses): for everyone signed in. */
  names(): { kind: 'users' | 'contacts' | 'organisations'; id: string; name: string }[];
  save(input: SaveEntryInput): Promise<{ kind: DirectoryKind; id: string }>;
  remove(kind: DirectoryKind, id: string): Promise<void>;
  /** What importing this file would do, as the mapping step shows it; writes nothing. */
  previewCsv(input: CsvInput): CsvPreview;
  importCsv(input: CsvInput): Promise<ImportReport>;
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
  saved: (kind: DirectoryKind, before: DirectoryEntry | null, after: DirectoryEntry) => Promise<void> = async () =>
    undefined,
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

  const check = (kind: DirectoryKind, candidate: Record<string, unknown>, within: Directory) =>
    checkEntry(kind, candidate, within, newId);

  return {
    get: directory,
    entry(kind, id) {
      const entry = listOf(directory(), kind).find((e) => e.id === id);
      if (!entry) throw ApiError.because('not_found', 'notFound', { thing: kind, id });
      return entry;
    },
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
        const users = listedNames(referrers.map((r) => r.label));
        throw ApiError.because('conflict', 'entryInUse', { name: entryLabel(kind, entry, directory()), users });
      }
      if (kind === 'users')
        keepAnAdministrator((working) => void (working.users = working.users.filter((u) => u.id !== id)));
      await store.update((data) => {
        const list = listOf(data.directory, kind);
        list.splice(list.indexOf(entry), 1);
      });
    },

    previewCsv: (input) => previewOf(planCsv(directory(), input, newId)),

    async importCsv(input) {
      // Rows may refer to each other (a role created two lines up), so the plan checks them in order
      // against a copy; the store is written once, with every accepted row and the organisations they made.
      const { plan } = planCsv(directory(), input, newId);
      const report = reportOf(input.kind, plan);
      const accepted = plan.rows.flatMap((r) => (r.entry ? [r.entry] : []));
      if (input.kind === 'users' && accepted.length)
        keepAnAdministrator((next) => accepted.forEach((e) => upsert(next, 'users', e)));
      if (!accepted.length) return report;
      await store.update((data) => {
        plan.organisations.forEach((o) => upsert(data.directory, 'organisations', o));
        accepted.forEach((entry) => upsert(data.directory, input.kind, entry));
      });
      return report;
    },
  };
}
