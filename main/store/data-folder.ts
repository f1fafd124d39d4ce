import { open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { listedNames } from '@shared/api/listed-names';
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

/** The data folder holds our data but not the database: starting would begin a new one beside that data. */
export class MissingDatabaseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly database: string,
    readonly found: readonly string[],
  ) {
    const shown = listedNames(found, 8, (n) => `and ${n} more`);
    super(
      `The data folder ${dataDir} holds Stroomlijn data (${shown}) but not its database: ` +
        `${database} and its second copy ${database}.bak are both missing. Stroomlijn did not start, so as not ` +
        'to begin a new, empty database beside that data; nothing in the folder was changed. ' +
        `Put ${database} (or ${database}.bak) back from a backup, or start with another data folder (--data-dir).`,
    );
    this.name = 'MissingDatabaseError';
  }
}

/** The folders of the data folder that hold data of ours (history, attachments). */
const DATA_FOLDERS = ['archive', 'attachments'];

/**
 * Refuse to start, before anything is written, when neither the database nor its second copy is
 * there but other data of ours is (`files` and what goes with them: backups, journals, kept-aside
 * copies; the archive, attachments): that is not a first start, but a database that was lost.
 */
export async function refuseMissingDatabase(
  dataDir: string,
  database: string,
  files: readonly string[],
): Promise<void> {
  const names = await namesIn(dataDir);
  if (names.includes(database) || names.includes(`${database}.bak`)) return;
  const ours = [database, ...files];
  // Temp files are not data: a crash in a first start's first write leaves only those.
  const isData = (name: string) =>
    DATA_FOLDERS.includes(name) || (!isOurTemp(name, ours) && ours.some((file) => name.startsWith(file)));
  const found = names
    .filter(isData)
    .map((name) => (DATA_FOLDERS.includes(name) ? `${name}/` : name))
    .sort();
  if (found.length) throw new MissingDatabaseError(dataDir, database, found);
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
  for (const [folder, prefixes] of [
    [dataDir, files],
    [join(dataDir, 'archive'), ['']],
  ] as const) {
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
