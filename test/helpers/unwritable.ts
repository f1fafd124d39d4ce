import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';

/**
 * Make a durably written file (outbox.json, stroomlijn.json…) really unwritable, also for root
 * (for whom chmod stops nothing): its backup `<file>.bak` becomes a folder, so the rename that
 * keeps the current version as the backup fails (EISDIR) before the file is replaced. The file
 * itself stays as it was and can still be read. It must exist: the first write of a file keeps
 * no backup. Returns the undo.
 *
 * The app may be writing the file meanwhile (a tick of the outbox), putting a new backup file back
 * between our remove and our folder: the folder is made beside it and renamed into place, which
 * fails while a file stands there, so that is tried again.
 */
export function makeUnwritable(file: string): () => void {
  if (!existsSync(file)) throw new Error(`${file} does not exist yet, so its first write would not be stopped`);
  const backup = `${file}.bak`;
  const folder = `${file}.blocking`;
  mkdirSync(`${folder}/blocked`, { recursive: true });
  for (let attempt = 1; ; attempt++) {
    rmSync(backup, { force: true });
    try {
      renameSync(folder, backup);
      break;
    } catch (e) {
      if (attempt >= 50) throw e;
    }
  }
  return () => rmSync(backup, { recursive: true, force: true });
}
