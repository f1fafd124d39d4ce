import { existsSync, mkdirSync, rmSync } from 'node:fs';

/**
 * Make a durably written file (outbox.json, stroomlijn.json…) really unwritable, also for root
 * (for whom chmod stops nothing): its backup `<file>.bak` becomes a folder, so the rename that
 * keeps the current version as the backup fails (EISDIR) before the file is replaced. The file
 * itself stays as it was and can still be read. It must exist: the first write of a file keeps
 * no backup. Returns the undo.
 */
export function makeUnwritable(file: string): () => void {
  if (!existsSync(file)) throw new Error(`${file} does not exist yet, so its first write would not be stopped`);
  const backup = `${file}.bak`;
  rmSync(backup, { force: true });
  mkdirSync(`${backup}/blocked`, { recursive: true });
  return () => rmSync(backup, { recursive: true, force: true });
}
