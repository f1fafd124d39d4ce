import { open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isCode } from './fs-errors';
import { NewerSchemaError } from './migrations';

/** A JSON file of the data folder and the highest data version this Stroomlijn reads. */
export interface VersionedFile {
  file: string;
  schemaVersion: number;
}

/**
 * Refuse to start, before anything is written, when a data file (or, where the file itself is
 * unreadable, its backup) was written by a newer Stroomlijn: the openers that follow would
 * otherwise already have written other files (a restored database, a compacted snapshot).
 */
export async function refuseNewerFiles(dataDir: string, files: readonly VersionedFile[]): Promise<void> {
  for (const { file, schemaVersion } of files) {
    const path = join(dataDir, file);
    const version = (await versionOf(path)) ?? (await versionOf(`${path}.bak`));
    if (version !== null && version > schemaVersion) throw new NewerSchemaError(version, schemaVersion, path);
  }
}

/** Our files start with `{"schemaVersion": N`: the first bytes tell, without parsing the whole file. */
const HEAD = /^\s*\{\s*"schemaVersion"\s*:\s*(\d+)\s*[,}]/;

/** The schemaVersion of a JSON file; null when it is missing, does not parse or has none. */
async function versionOf(path: string): Promise<number | null> {
  let text: string;
  try {
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(64);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      const match = HEAD.exec(head.subarray(0, bytesRead).toString('utf8'));
      if (match) return Number(match[1]);
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
  try {
    const version = (JSON.parse(text) as { schemaVersion?: unknown } | null)?.schemaVersion;
    return typeof version === 'number' ? version : null;
  } catch {
    return null;
  }
}

/** A temp file of ours (`<file>.<pid>.tmp`, see DurableTextFile) that a crash left behind. */
const isOurTemp = (name: string, prefixes: readonly string[]) =>
  /\.\d+\.tmp$/.test(name) && prefixes.some((p) => name.startsWith(p));

/**
 * Remove temp files a crash left in the data folder (those named after `files`) and in its
 * archive folder. Only under the folder's lock: another running Stroomlijn could be writing them.
 */
export async function removeLeftoverTemps(dataDir: string, files: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const [folder, prefixes] of [[dataDir, files], [join(dataDir, 'archive'), ['']]] as const) {
    for (const name of await namesIn(folder)) {
      if (!isOurTemp(name, prefixes)) continue;
      await rm(join(folder, name), { force: true });
      removed.push(join(folder, name));
    }
  }
  return removed;
}

async function namesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return [];
    throw error;
  }
}
