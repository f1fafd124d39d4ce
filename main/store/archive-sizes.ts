import { stat } from 'node:fs/promises';
import type { StoreNotice } from '../../shared/api/contract';
import { DurableTextFile } from './durable-text-file';
import { isCode } from './fs-errors';

const SIZES_SCHEMA_VERSION = 1;

/** The size of a file in bytes; null if it is not there. */
export async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
}

/**
 * How big each month file of an archive was when the app last closed
 * (`archive/<prefix>.sizes.json`). An archive only ever grows, so a month that is smaller at the
 * next start, or gone, lost what it held at its end: the start says so. The file only serves
 * that check: when it is missing or unreadable (or of a newer version), there is nothing to
 * compare with and nothing is said.
 */
export class ArchiveSizes {
  private readonly file: DurableTextFile;

  constructor(path: string) {
    this.file = new DurableTextFile(path, 'none');
  }

  /** Notices for each month that is shorter than, or gone since, the last close. */
  async check(pathOf: (month: string) => string, at: string): Promise<StoreNotice[]> {
    const notices: StoreNotice[] = [];
    for (const [month, expectedBytes] of Object.entries(await this.read())) {
      const file = pathOf(month);
      const bytes = await sizeOf(file);
      if (bytes === null) {
        const reason = 'the file was missing';
        notices.push({ kind: 'archiveMissing', at, file, reason, cause: 'missing', expectedBytes });
      } else if (bytes < expectedBytes) {
        const reason = `it has ${bytes} of the ${expectedBytes} bytes it had`;
        notices.push({ kind: 'archiveShort', at, file, reason, bytes, expectedBytes });
      }
    }
    return notices;
  }

  /** Note the size of each month now (at a proper close). */
  async record(months: readonly string[], pathOf: (month: string) => string): Promise<void> {
    const sizes: Record<string, number> = {};
    for (const month of months) {
      const bytes = await sizeOf(pathOf(month));
      if (bytes !== null) sizes[month] = bytes;
    }
    await this.file.write(JSON.stringify({ schemaVersion: SIZES_SCHEMA_VERSION, months: sizes }));
  }

  private async read(): Promise<Record<string, number>> {
    try {
      const data = JSON.parse((await this.file.read()) ?? '{}') as { schemaVersion?: unknown; months?: unknown };
      const { schemaVersion, months } = data;
      if (schemaVersion !== SIZES_SCHEMA_VERSION || typeof months !== 'object' || months === null) return {};
      return Object.fromEntries(Object.entries(months).filter((e): e is [string, number] => typeof e[1] === 'number'));
    } catch {
      return {};
    }
  }
}
