import { constants } from 'node:fs';
import { copyFile, link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isCode, refusedWrite } from './fs-errors';

/**
 * What `<name>.bak` holds:
 * - `previous`: the version before the last write (a hard link, so it costs no copy) — for files
 *   whose changes are also kept elsewhere (a snapshot beside its journal) or written often;
 * - `copy`: a second copy of the current version, written with it — restoring it loses nothing;
 * - `none`: no backup (files that can be made again).
 */
export type BackupKind = 'previous' | 'copy' | 'none';

/** The name of a temp file of ours: `<file>.<pid>.tmp` (left-over ones are removed at start). */
export const tempPathOf = (path: string): string => `${path}.${process.pid}.tmp`;

/**
 * A text file that is replaced atomically and durably: each write goes to a temp file that is
 * fsynced, the backup is made (see BackupKind), the temp file is renamed over the original and
 * the folder is fsynced. `write` resolves only once the new content is on disk; a crash at any
 * moment leaves either the old or the new content, never a mix. A write that fails (a full disk)
 * leaves the file as it was and no temp file behind.
 */
export class DurableTextFile {
  readonly backupPath: string;
  private readonly tempPath: string;
  private readonly backupTempPath: string;

  constructor(
    readonly path: string,
    private readonly backup: BackupKind = 'previous',
  ) {
    this.backupPath = `${path}.bak`;
    this.tempPath = tempPathOf(path);
    this.backupTempPath = tempPathOf(this.backupPath);
  }

  read(): Promise<string | null> {
    return readIfExists(this.path);
  }

  readBackup(): Promise<string | null> {
    return readIfExists(this.backupPath);
  }

  /** The file's bytes (for a checksum of what is on disk), or null when there is none. */
  readBytes(): Promise<Buffer | null> {
    return readBytesIfExists(this.path);
  }

  readBackupBytes(): Promise<Buffer | null> {
    return readBytesIfExists(this.backupPath);
  }

  /** When the file was last written (its modification time); null if there is none. */
  writtenAt(): Promise<Date | null> {
    return modifiedAt(this.path);
  }

  /** When the backup was written; null if there is none. */
  backupWrittenAt(): Promise<Date | null> {
    return modifiedAt(this.backupPath);
  }

  /** Write `text` (or the bytes of it) durably. */
  async write(text: string | Uint8Array): Promise<void> {
    try {
      if (this.backup === 'copy') await this.writeWithCopy(text);
      else await this.writeKeeping(text);
    } catch (error) {
      await Promise.all([rm(this.tempPath, { force: true }), rm(this.backupTempPath, { force: true })]);
      throw refusedWrite(error, this.path);
    }
  }

  /** Move the file out of the way under a name that says why and when; returns that path. */
  keepAside(label: string, now: Date): Promise<string> {
    return moveAside(this.path, label, now);
  }

  /** The same for the backup, so that no later write replaces it. */
  keepBackupAside(label: string, now: Date): Promise<string> {
    return moveAside(this.backupPath, label, now);
  }

  private async writeKeeping(text: string | Uint8Array): Promise<void> {
    await writeSynced(this.tempPath, text);
    if (this.backup === 'previous') await this.keepCurrentAsBackup();
    await rename(this.tempPath, this.path);
    await syncFolder(dirname(this.path));
  }

  /**
   * Both copies are on disk before either is renamed into place, so a crash leaves at least one
   * whole. The file itself is renamed last: a write refused at the backup's rename (a folder in
   * its way, say) leaves the file that is read as it was.
   */
  private async writeWithCopy(text: string | Uint8Array): Promise<void> {
    await Promise.all([writeSynced(this.tempPath, text), writeSynced(this.backupTempPath, text)]);
    await rename(this.backupTempPath, this.backupPath);
    await rename(this.tempPath, this.path);
    await syncFolder(dirname(this.path));
  }

  /** Point `.bak` at the current file: a hard link where the file system has them, else a copy. */
  private async keepCurrentAsBackup(): Promise<void> {
    const staging = this.backupTempPath;
    await rm(staging, { force: true });
    try {
      await link(this.path, staging);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return; // first write: nothing to back up yet
      await copyFile(this.path, staging, constants.COPYFILE_FICLONE);
    }
    await rename(staging, this.backupPath);
  }
}

async function writeSynced(path: string, text: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function moveAside(path: string, label: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(dirname(path), `${basename(path)}.${label}-${stamp}`);
  await rename(path, target);
  await syncFolder(dirname(path));
  return target;
}

/** A text file's content, or null when there is none. */
export async function readIfExists(path: string): Promise<string | null> {
  return (await readBytesIfExists(path))?.toString('utf8') ?? null;
}

/** A file's bytes, or null when there is none. */
async function readBytesIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
}

async function modifiedAt(path: string): Promise<Date | null> {
  try {
    return (await stat(path)).mtime;
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
}

/** fsync a folder so a rename in it is durable. Windows cannot open folders; NTFS journals renames. */
export async function syncFolder(path: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
