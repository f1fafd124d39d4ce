import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { AppendLog } from './append-log';
import { isCode } from './durable-text-file';

export interface MonthlyArchiveOptions<T> {
  /** Files are named `<prefix>-YYYY-MM.jsonl`. */
  prefix: string;
  /** The month ("YYYY-MM") a record belongs to; it must not change once the record is archived. */
  monthOf(record: T): string;
  /** Checks a record read back by `find` (a schema's parse). */
  parse(value: unknown): T;
  /** Within a month, newest first by this key (ties keep the newest append first); without it, by when they were appended. */
  newestBy?(record: T): string;
}

export interface ListOptions<T> {
  keep(record: T): boolean;
  limit: number;
  /** Only months for which this holds are read ("YYYY-MM"): a date filter skips months that cannot match. */
  months?(month: string): boolean;
}

/**
 * History out of the file that every action rewrites: one JSON-lines file per month
 * (`archive/items-2026-11.jsonl`), only ever appended to. A record may have been appended twice
 * (a crash after the append but before its removal from the live file was written); the last one
 * counts, and readers see it once.
 */
export class MonthlyArchive<T extends { id: string }> {
  private readonly folder: string;
  private readonly file: RegExp;
  private readonly logs = new Map<string, AppendLog>();
  private readonly opening = new Map<string, Promise<AppendLog>>();

  constructor(
    dataDir: string,
    private readonly o: MonthlyArchiveOptions<T>,
  ) {
    this.folder = join(dataDir, 'archive');
    this.file = new RegExp(`^${o.prefix}-(\\d{4}-\\d{2})\\.jsonl$`);
  }

  /** Append records; resolves once they are on disk. */
  async append(records: readonly T[]): Promise<void> {
    const byMonth = new Map<string, string[]>();
    for (const record of records) {
      const month = this.o.monthOf(record);
      // The id first, so `find` can skip other lines without parsing them.
      const { id, ...rest } = record;
      byMonth.set(month, [...(byMonth.get(month) ?? []), JSON.stringify({ id, ...rest })]);
    }
    await Promise.all([...byMonth].map(async ([month, lines]) => (await this.log(month)).append(lines)));
  }

  /** The record with this id, reading the months newest first; `sinceMonth` (YYYY-MM): none before it. */
  async find(id: string, sinceMonth?: string): Promise<T | undefined> {
    const prefix = `{"id":${JSON.stringify(id)},`;
    for (const month of await this.months()) {
      if (sinceMonth && month < sinceMonth) break;
      let found: string | undefined;
      for await (const line of this.lines(month)) if (line.startsWith(prefix) && parseLine(line)) found = line;
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
      for await (const line of this.lines(month)) {
        const record = parseLine<T>(line);
        if (!record) continue;
        latest.delete(record.id);
        latest.set(record.id, record);
      }
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

  async close(): Promise<void> {
    await Promise.all([...this.logs.values()].map((log) => log.close()));
    this.logs.clear();
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
      opening = log.open().then(() => {
        this.logs.set(month, log);
        this.opening.delete(month);
        return log;
      });
      this.opening.set(month, opening);
    }
    return opening;
  }
}

/** A line as written by `append`; a torn last line (a crash mid-append) reads as nothing. */
function parseLine<T>(line: string): T | undefined {
  try {
    return JSON.parse(line) as T;
  } catch {
    return undefined;
  }
}
