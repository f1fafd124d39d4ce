import { z } from 'zod';
import { Timestamp } from './common';

/**
 * What a start (or a read of the archive) found wrong with a data file and what it did about it.
 * Each kind says in its own words whether anything was lost:
 * - restoredFromBackup: the file could not be read (or was missing); its backup (with its log) was
 *   restored and nothing that was saved is missing;
 * - restoredOlderBackup: restored from a backup written at `since`; what was saved after it may be missing;
 * - restoredPartly: restored from its backup and log up to `since`; the log could not be read from
 *   `line` on (`logKeptAs` holds it), so what was saved after `since` is missing;
 * - restoredFromLogs: the file and its backup could not be read; all of it was restored from its
 *   logs, which go back to its very first change: nothing is missing;
 * - restoredFromLogsPartly: the same, but the logs could be read only up to `since` (from `line` on not);
 * - startedEmpty: no usable backup; the app started without this file's data;
 * - journalCut: the log could not be read from `line` on; everything up to `since` was restored, the rest not;
 * - journalMissing: the log was missing; what was saved after `since` may be lost;
 * - journalCopyRestored: one copy of a log was missing, cut short or damaged from `line` on; it was read
 *   from its other copy (`readFrom`) and made again: nothing is missing;
 * - archiveUnreadable: `lines` of an archive month could not be read and are left out;
 * - archiveShort: an archive month is shorter (`bytes`) than at the last close (`expectedBytes`);
 *   with `endIntact`, its end is as it was, so what is lost was in between;
 * - archiveMissing: an archive month that held `expectedBytes` at the last close is gone.
 * Where what is missing is known, `mayMiss` names it (`mayMissCount` things in all).
 */
export const StoreNoticeKinds = [
  'restoredFromBackup',
  'restoredOlderBackup',
  'restoredPartly',
  'restoredFromLogs',
  'restoredFromLogsPartly',
  'startedEmpty',
  'journalCut',
  'journalMissing',
  'journalCopyRestored',
  'archiveUnreadable',
  'archiveShort',
  'archiveMissing',
] as const;
export type StoreNoticeKind = (typeof StoreNoticeKinds)[number];

/**
 * Why a file (or a line of it) could not be read, for people: missing, not JSON, not what is
 * expected, a gap, or cut short (a copy of a log that ends before the other).
 */
export const NoticeCauses = ['missing', 'notJson', 'notValid', 'gap', 'short'] as const;
export type NoticeCause = (typeof NoticeCauses)[number];

export const StoreNotice = z.object({
  kind: z.enum(StoreNoticeKinds),
  at: Timestamp,
  /** The file the notice is about. */
  file: z.string(),
  /** Where the unreadable file was kept. */
  keptAs: z.string().optional(),
  /** Why it could not be read, in the words of the check that failed (for the log; English). */
  reason: z.string(),
  /** Why it could not be read, as a code the app puts in words. */
  cause: z.enum(NoticeCauses).optional(),
  /** When the data that was restored was saved: what came after it may be (or is) missing. */
  since: Timestamp.optional(),
  /** The first line that could not be read (journalCut, restoredPartly). */
  line: z.number().int().optional(),
  /** Where the log that could not be applied in full was kept (restoredPartly). */
  logKeptAs: z.string().optional(),
  /** The other copy of a log, read instead of the damaged one (journalCopyRestored). */
  readFrom: z.string().optional(),
  /** The second copy of a log that could not be read at the same place either. */
  copyFile: z.string().optional(),
  /** What may be missing, by the names people know (item numbers, record titles), as far as it can be told. */
  mayMiss: z.array(z.string()).optional(),
  /** How many things (items, records) may be missing, named or not. */
  mayMissCount: z.number().int().optional(),
  /** An archive month that is shorter but ends as it did (archiveShort). */
  endIntact: z.boolean().optional(),
  /** Lines of an archive month that could not be read (archiveUnreadable). */
  lines: z.array(z.number().int()).optional(),
  bytes: z.number().int().optional(),
  expectedBytes: z.number().int().optional(),
});
export type StoreNotice = z.infer<typeof StoreNotice>;
