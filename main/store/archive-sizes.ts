import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import type { StoreNotice } from '@shared/model/store-notice';
import { DurableTextFile } from './durable-text-file';
import { isCode } from './fs-errors';

/** Version 1 noted each month's size; version 2 also a fingerprint of its last line. */
const SIZES_SCHEMA_VERSION = 2;

/** The size of a file in bytes; null if it is not there. */
export async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
}

/** What was noted of a month at the last close. */
interface Noted {
  bytes: number;
  /** A fingerprint of its last line (absent in files of version 1). */
  last?: string;
}

/** A month that is shorter than at the last close while its last line is as it was: the damage is in between. */
export interface ShortBetween {
  month: string;
  file: string;
  bytes: number;
  expectedBytes: number;
}

const fingerprint = (line: Buffer): string => createHash('sha256').update(line).digest('hex').slice(0, 32);

/** The fingerprint of a file's last line (the one its final newline ends), read from the end; null if none. */
async function lastLineOf(path: string): Promise<string | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    let tail = Buffer.alloc(0);
    for (let to = size; to > 0;) {
      const from = Math.max(0, to - 64 * 1024);
      const chunk = Buffer.alloc(to - from);
      await handle.read(chunk, 0, chunk.length, from);
      tail = Buffer.concat([chunk, tail]);
      const end = tail.lastIndexOf(0x0a);
      const start = end > 0 ? tail.lastIndexOf(0x0a, end - 1) : -1;
      if (start !== -1 || from === 0) return end === -1 ? null : fingerprint(tail.subarray(start + 1, end));
      to = from;
    }
    return null;
  } finally {
    await handle.close();
  }
}

/**
 * How big each month file of an archive was when the app last closed, and a fingerprint of its
 * last line (`archive/<prefix>.sizes.json`). An archive only ever grows, so a month that is
 * smaller at the next start, or gone, lost something: where its last line is still as it was,
 * what it lost was in between (the archive then reads the month to name the lines that do not
 * read); else what was archived at its end is lost. The file only serves that check: when it is
 * missing or unreadable (or of a newer version), there is nothing to compare with and nothing is said.
 */
export class ArchiveSizes {
  private readonly file: DurableTextFile;

  constructor(path: string) {
    this.file = new DurableTextFile(path, 'none');
  }

  /** Notices for each month that lost its end, or is gone; and the months shorter with their end intact. */
  async check(
    pathOf: (month: string) => string,
    at: string,
  ): Promise<{ notices: StoreNotice[]; shortBetween: ShortBetween[] }> {
    const notices: StoreNotice[] = [];
    const shortBetween: ShortBetween[] = [];
    for (const [month, { bytes: expectedBytes, last }] of Object.entries(await this.read())) {
      const file = pathOf(month);
      const bytes = await sizeOf(file);
      if (bytes === null) {
        const reason = 'the file was missing';
        notices.push({ kind: 'archiveMissing', at, file, reason, cause: 'missing', expectedBytes });
      } else if (bytes < expectedBytes) {
        if (last && (await lastLineOf(file)) === last) {
          shortBetween.push({ month, file, bytes, expectedBytes });
          continue;
        }
        const reason = `it has ${bytes} of the ${expectedBytes} bytes it had`;
        notices.push({ kind: 'archiveShort', at, file, reason, bytes, expectedBytes });
      }
    }
    return { notices, shortBetween };
  }

  /** Note the size and last line of each month now (at a proper close). */
  async record(months: readonly string[], pathOf: (month: string) => string): Promise<void> {
    const noted: Record<string, Noted> = {};
    for (const month of months) {
      const bytes = await sizeOf(pathOf(month));
      const last = await lastLineOf(pathOf(month));
      if (bytes !== null) noted[month] = { bytes, ...(last ? { last } : {}) };
    }
    await this.file.write(JSON.stringify({ schemaVersion: SIZES_SCHEMA_VERSION, months: noted }));
  }

  private async read(): Promise<Record<string, Noted>> {
    try {
      const data = JSON.parse((await this.file.read()) ?? '{}') as { schemaVersion?: unknown; months?: unknown };
      const { schemaVersion, months } = data;
      if (schemaVersion !== 1 && schemaVersion !== 2) return {};
      if (typeof months !== 'object' || months === null) return {};
      return Object.fromEntries(
        Object.entries(months).flatMap(([month, v]): [string, Noted][] => {
          if (typeof v === 'number') return [[month, { bytes: v }]];
          const { bytes, last } = (v ?? {}) as { bytes?: unknown; last?: unknown };
          if (typeof bytes !== 'number') return [];
          return [[month, { bytes, ...(typeof last === 'string' ? { last } : {}) }]];
        }),
      );
    } catch {
      return {};
    }
  }
}
