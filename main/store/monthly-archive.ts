import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { StoreNotice } from '@shared/model/store-notice';
import { type Clock, systemClock } from '../clock';
import { AppendLog } from './append-log';
import { ArchiveSizes } from './archive-sizes';
import { isCode } from './fs-errors';

export interface MonthlyArchiveOptions<T> {
  /** Files are named `<prefix>-YYYY-MM.jsonl`. */
  prefix: string;
  /** The month ("YYYY-MM") a record belongs to; it must not change once the record is archived. */
  monthOf(record: T): string;
  /** Checks a record read back by `find` (a schema's parse). */
  parse(value: unknown): T;
  /** Within a month, newest first by this key (ties keep the newest append first); without it, by when they were appended. */
  newestBy?(record: T): string;
  clock?: Clock;
}

export interface ListOptions<T> {
  keep(record: T): boolean;
  limit: number;
  /** Only months for which this holds are read ("YYYY-MM"): a date filter skips months that cannot match. */
  months?(month: string): boolean;
}

/** A record's line: its JSON with the id first, so `find` can skip other lines without parsing them. */
function lineOf<T extends { id: string }>(record: T, json: string | undefined): string {
  if (json?.startsWith('{"id":')) return json;
  const { id, ...rest } = record;
  return JSON.stringify({ id, ...rest });
}

/**
 * History out of the file that every action rewrites: one JSON-lines file per month
 * (`archive/items-2026-11.jsonl`), only ever appended to. A record may have been appended twice
 * (a crash after the append but before its removal from the live file was written); the last one
 * counts, and readers see it once. Damage is said, never passed over in silence: reading goes on
 * past a line that does not read and a notice names it (once); a month that is shorter than (or
 * gone since) the last close is named at the start (see ArchiveSizes).
 */
export class MonthlyArchive<T extends { id: string }> {
  readonly notices: StoreNotice[] = [];
  private readonly folder: string;
  private readonly file: RegExp;
  private readonly logs = new Map<string, AppendLog>();
  private readonly opening = new Map<string, Promise<AppendLog>>();
  private readonly sizes: ArchiveSizes;
  /** Per month, the lines already reported as unreadable. */
  private readonly reported = new Map<string, Set<number>>();

  constructor(
    dataDir: string,
    private readonly o: MonthlyArchiveOptions<T>,
  ) {
    this.folder = join(dataDir, 'archive');
    this.file = new RegExp(`^${o.prefix}-(\\d{4}-\\d{2})\\.jsonl$`);
    this.sizes = new ArchiveSizes(join(this.folder, `${o.prefix}.sizes.json`));
  }

  /**
   * At the start: a notice for each month that is shorter than at the last close, or gone. A
   * month that is shorter but ends as it did lost something in between: the lines that do not
   * read are named (where none is found, that it is shorter with its end intact).
   */
  async check(): Promise<void> {
    const at = this.now();
    const { notices, shortBetween } = await this.sizes.check((month) => this.path(month), at);
    this.notices.push(...notices);
    for (const { month, file, bytes, expectedBytes } of shortBetween) {
      const bad = await this.unreadableIn(month);
      if (bad.length) {
        this.noteUnreadable(month, bad);
        continue;
      }
      const reason = `it has ${bytes} of the ${expectedBytes} bytes it had, though it ends as it did`;
      this.notices.push({ kind: 'archiveShort', at, file, reason, bytes, expectedBytes, endIntact: true });
    }
  }

  /** The numbers of the lines of a month that do not read. */
  private async unreadableIn(month: string): Promise<number[]> {
    const bad: number[] = [];
    let n = 0;
    for await (const line of this.lines(month)) {
      n += 1;
      if (!parseLine(line)) bad.push(n);
    }
    return bad;
  }

  /** Append records; resolves once they are on disk. */
  append(records: readonly T[]): Promise<void> {
    return this.appendEncoded(records.map((record) => ({ record })));
  }

  /**
   * Append records, each with its JSON when the caller has made it already (for its journal line):
   * then it is not encoded again. Resolves once they are on disk.
   */
  async appendEncoded(entries: readonly { record: T; json?: string | undefined }[]): Promise<void> {
    const byMonth = new Map<string, string[]>();
    for (const { record, json } of entries) {
      const month = this.o.monthOf(record);
      byMonth.set(month, [...(byMonth.get(month) ?? []), lineOf(record, json)]);
    }
    await Promise.all([...byMonth].map(async ([month, lines]) => (await this.log(month)).append(lines)));
  }

  /** The record with this id, reading the months newest first; `sinceMonth` (YYYY-MM): none before it. */
  async find(id: string, sinceMonth?: string): Promise<T | undefined> {
    const prefix = `{"id":${JSON.stringify(id)},`;
    for (const month of await this.months()) {
      if (sinceMonth && month < sinceMonth) break;
      let found: string | undefined;
      const bad: number[] = [];
      let n = 0;
      for await (const line of this.lines(month)) {
        n += 1;
        // Only lines of this id are parsed; a line that is no record at all shows without parsing.
        if (line.startsWith(prefix)) {
          if (parseLine(line)) found = line;
          else bad.push(n);
        } else if (!looksLikeRecord(line)) bad.push(n);
      }
      this.noteUnreadable(month, bad);
      if (found) return this.o.parse(JSON.parse(found));
    }
    return undefined;
  }

  /** Archived records that pass `keep`, newest month first, at most `limit`. */
  async list({ keep, limit, months = () => true }: ListOptions<T>): Promise<T[]> {
    const out: T[] = [];
    const seen = new Set<string>();
    for (const month of (await this.months()).filter(months)) {
      // The last append of an id counts (a Map keeps its first position, so delete before set).
      const latest = new Map<string, T>();
      const bad: number[] = [];
      let n = 0;
      for await (const line of this.lines(month)) {
        n += 1;
        const record = parseLine<T>(line);
        if (!record) {
          bad.push(n);
          continue;
        }
        latest.delete(record.id);
        latest.set(record.id, record);
      }
      this.noteUnreadable(month, bad);
      const records = [...latest.values()].reverse();
      const by = this.o.newestBy;
      if (by) records.sort((a, b) => (by(a) < by(b) ? 1 : by(a) > by(b) ? -1 : 0));
      for (const record of records) {
        if (seen.has(record.id)) continue;
        seen.add(record.id);
        if (!keep(record)) continue;
        out.push(record);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  /** Close the months' files and note their sizes, for the next start's check. */
  async close(): Promise<void> {
    await Promise.all([...this.logs.values()].map((log) => log.close()));
    this.logs.clear();
    const months = await this.months();
    // Only an aid to the next start's check: a full disk here must not keep the rest of the app from closing.
    if (!months.length) return;
    const noted = this.sizes.record(months, (month) => this.path(month));
    await noted.catch((e: unknown) => console.error('archive sizes', e));
  }

  private now(): string {
    return (this.o.clock ?? systemClock).now().toISOString();
  }

  /** One notice per month for the lines that could not be read, once: a later read that finds more adds them. */
  private noteUnreadable(month: string, lines: readonly number[]): void {
    const reported = this.reported.get(month) ?? new Set<number>();
    const fresh = lines.filter((n) => !reported.has(n));
    if (!fresh.length) return;
    for (const n of fresh) reported.add(n);
    this.reported.set(month, reported);
    const s = fresh.length === 1 ? '' : 's';
    const reason = `line${s} ${fresh.join(', ')} could not be read`;
    this.notices.push({ kind: 'archiveUnreadable', at: this.now(), file: this.path(month), reason, lines: fresh });
  }

  /** The months that have a file, newest first. */
  async months(): Promise<string[]> {
    try {
      return (await readdir(this.folder))
        .map((name) => this.file.exec(name)?.[1])
        .filter((m): m is string => m !== undefined)
        .sort()
        .reverse();
    } catch (error) {
      if (isCode(error, 'ENOENT')) return [];
      throw error;
    }
  }

  private path(month: string): string {
    return join(this.folder, `${this.o.prefix}-${month}.jsonl`);
  }

  private lines(month: string): AsyncIterable<string> {
    return createInterface({ input: createReadStream(this.path(month), 'utf8'), crlfDelay: Infinity });
  }

  private log(month: string): Promise<AppendLog> {
    const open = this.logs.get(month);
    if (open) return Promise.resolve(open);
    let opening = this.opening.get(month);
    if (!opening) {
      const log = new AppendLog(this.path(month));
      opening = log.open().then(
        () => {
          this.logs.set(month, log);
          this.opening.delete(month);
          return log;
        },
        (error: unknown) => {
          // Not kept: the next append tries to open it again (after a full disk, say).
          this.opening.delete(month);
          throw error;
        },
      );
      this.opening.set(month, opening);
    }
    return opening;
  }
}

/** Whether a line starts and ends like a record as `append` writes them (`{"id":…}`), without parsing it. */
const looksLikeRecord = (line: string): boolean => line.startsWith('{"id":') && line.endsWith('}');

/** A line as written by `append`; a torn or damaged line reads as nothing. */
function parseLine<T>(line: string): T | undefined {
  try {
    return JSON.parse(line) as T;
  } catch {
    return undefined;
  }
}
