import type { NoticeCause } from '@shared/model/store-notice';
import type { DurableTextFile } from './durable-text-file';
import { causeOf } from './notice-cause';
import { NewerSchemaError } from './migrations';

/** What reading a file with a backup found. */
export type Recovered<T> =
  /** The file read as it is. */
  | { from: 'file'; data: T }
  /** Neither the file nor a backup: a first start. */
  | { from: 'nothing' }
  /** The file could not be read (or was missing; then no `keptAs`) and its backup could. */
  | { from: 'backup'; data: T; reason: string; cause: NoticeCause; keptAs?: string; backupWrittenAt: Date }
  /** Neither could be read: both were kept aside. */
  | { from: 'none'; reason: string; cause: NoticeCause; keptAs?: string };

/**
 * Read a file, falling back to its backup when it does not decode. Decides before it changes
 * anything: a file — or, when the file is unusable, a backup — of a newer version throws
 * NewerSchemaError (naming the file) with both left as they were. Only then is an unreadable
 * file kept aside (and an unusable backup too, so that no later write replaces it). Restoring is
 * the caller's: a journaled snapshot still has its logs to replay.
 */
export async function readRecovering<T>(
  file: DurableTextFile,
  /** `bytes`: what `text` was decoded from, for a checksum. */
  decode: (text: string, bytes: Buffer) => T,
  now: Date,
): Promise<Recovered<T>> {
  const text = await file.readBytes();
  let reason = 'the file was missing';
  let cause: NoticeCause = 'missing';
  if (text !== null) {
    const read = attempt(decode, text, file.path);
    if (read.ok) return { from: 'file', data: read.data };
    ({ reason, cause } = read);
  }
  const backupText = await file.readBackupBytes();
  if (text === null && backupText === null) return { from: 'nothing' };
  const backup = backupText === null ? null : attempt(decode, backupText, file.backupPath);
  const backupWrittenAt = backup?.ok ? await file.backupWrittenAt() : null;
  const keptAs = text === null ? undefined : await file.keepAside('unreadable', now);
  const kept = keptAs ? { keptAs } : {};
  if (backup?.ok && backupWrittenAt) {
    return { from: 'backup', data: backup.data, reason, cause, ...kept, backupWrittenAt };
  }
  if (backupText !== null) await file.keepBackupAside('unreadable', now);
  return { from: 'none', reason, cause, ...kept };
}

type Attempt<T> = { ok: true; data: T } | { ok: false; reason: string; cause: NoticeCause };

function attempt<T>(decode: (text: string, bytes: Buffer) => T, bytes: Buffer, path: string): Attempt<T> {
  try {
    return { ok: true, data: decode(bytes.toString('utf8'), bytes) };
  } catch (error) {
    if (error instanceof NewerSchemaError) throw error.inFile(path);
    return { ok: false, reason: (error as Error).message, cause: causeOf(error) };
  }
}
