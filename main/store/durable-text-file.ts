import { constants } from 'node:fs';
import { copyFile, link, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A text file that is replaced atomically and durably: each write goes to a temp file that is
 * fsynced, the current file is kept as `<name>.bak`, the temp file is renamed over the original
 * and the folder is fsynced. `write` resolves only once the new content is on disk; a crash at
 * any moment leaves either the old or the new content, never a mix.
 */
export class DurableTextFile {
  readonly backupPath: string;
  private readonly tempPath: string;

  constructor(readonly path: string) {
    this.backupPath = `${path}.bak`;
    this.tempPath = `${path}.${process.pid}.tmp`;
  }

  read(): Promise<string | null> {
    return readIfExists(this.path);
  }

  readBackup(): Promise<string | null> {
    return readIfExists(this.backupPath);
  }

  async write(text: string): Promise<void> {
    const handle = await open(this.tempPath, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await this.keepCurrentAsBackup();
    await rename(this.tempPath, this.path);
    await syncFolder(dirname(this.path));
  }

  /** Move the current file out of the way under a name that says why and when; returns that path. */
  async keepAside(label: string, now: Date): Promise<string> {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const target = join(dirname(this.path), `${basename(this.path)}.${label}-${stamp}`);
    await rename(this.path, target);
    await syncFolder(dirname(this.path));
    return target;
  }

  /** Point `.bak` at the current file: a hard link where the file system has them, else a copy. */
  private async keepCurrentAsBackup(): Promise<void> {
    const staging = `${this.backupPath}.${process.pid}.tmp`;
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

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
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

export const isCode = (error: unknown, code: string): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
