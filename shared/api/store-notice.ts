import { z } from 'zod';
import { Timestamp } from '../model/common';

/**
 * What a start (or a read of the archive) found wrong with a data file and what it did about it.
 * Each kind says in its own words whether anything was lost:
 * - restoredFromBackup: the file could not be read (or was missing); its backup (with its log) was
 *   restored and nothing that was saved is missing;
 * - restoredOlderBackup: restored from a backup written at `since`; what was saved after it may be missing;
 * - restoredPartly: restored from its backup and log up to `since`; the log could not be read from
 *   `line` on (`logKeptAs` holds it), so what was saved after `since` is missing;
 * - startedEmpty: no usable backup; the app started without this file's data;
 * - journalCut: the log could not be read from `line` on; everything up to `since` was restored, the rest not;
 * - journalMissing: the log was missing; what was saved after `since` may be lost;
 * - archiveUnreadable: `lines` of an archive month could not be read and are left out;
 * - archiveShort: an archive month is shorter (`bytes`) than at the last close (`expectedBytes`);
 * - archiveMissing: an archive month that held `expectedBytes` at the last close is gone.
 */
export const StoreNoticeKinds = [
  'restoredFromBackup',
  'restoredOlderBackup',
  'restoredPartly',
  'startedEmpty',
  'journalCut',
  'journalMissing',
  'archiveUnreadable',
  'archiveShort',
  'archiveMissing',
] as const;
export type StoreNoticeKind = (typeof StoreNoticeKinds)[number];

/** Why a file (or a line of it) could not be read, for people: missing, not JSON, not what is expected, or a gap. */
export const NoticeCauses = ['missing', 'notJson', 'notValid', 'gap'] as const;
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
  /** Lines of an archive month that could not be read (archiveUnreadable). */
  lines: z.array(z.number().int()).optional(),
  bytes: z.number().int().optional(),
  expectedBytes: z.number().int().optional(),
});
export type StoreNotice = z.infer<typeof StoreNotice>;
