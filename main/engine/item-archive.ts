import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ItemRecord } from '../../shared/model/item';
import { AppendLog } from '../store/append-log';
import { isCode } from '../store/durable-text-file';

const FILE = /^items-(\d{4}-\d{2})\.jsonl$/;

/**
 * Completed and cancelled items, out of the file every action rewrites: one JSON-lines file per
 * month they ended in (`archive/items-2026-11.jsonl`), only ever appended to. A record may have
 * been appended twice (a crash before the journal noted its move); the last one counts.
 */
export class ItemArchive {
  private readonly folder: string;
  private readonly logs = new Map<string, AppendLog>();
  private readonly opening = new Map<string, Promise<AppendLog>>();

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'archive');
  }

  /** Append items; resolves once they are on disk. */
  async append(items: readonly ItemRecord[]): Promise<void> {
    const byMonth = new Map<string, string[]>();
    for (const item of items) {
      const month = item.updatedAt.slice(0, 7);
      // The id first, so `find` can skip other lines without parsing them.
      const { id, ...rest } = item;
      byMonth.set(month, [...(byMonth.get(month) ?? []), JSON.stringify({ id, ...rest })]);
    }
    await Promise.all([...byMonth].map(async ([month, lines]) => (await this.log(month)).append(lines)));
  }

  /** The archived item with this id, or undefined; reads the months newest first. */
  async find(id: string): Promise<ItemRecord | undefined> {
    const prefix = `{"id":${JSON.stringify(id)},`;
    for (const month of await this.months()) {
      let found: string | undefined;
      for await (const line of this.lines(month)) if (line.startsWith(prefix) && parseLine(line)) found = line;
      if (found) return ItemRecord.parse(JSON.parse(found));
    }
    return undefined;
  }

  /** Archived items that pass `keep`, newest month first, at most `limit`. */
  async list(keep: (item: ItemRecord) => boolean, limit: number): Promise<ItemRecord[]> {
    const out: ItemRecord[] = [];
    const seen = new Set<string>();
    for (const month of await this.months()) {
      const records: ItemRecord[] = [];
      for await (const line of this.lines(month)) {
        const item = parseLine(line);
        if (item) records.push(item);
      }
      for (const item of records.reverse()) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        if (!keep(item)) continue;
        out.push(item);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  async close(): Promise<void> {
    await Promise.all([...this.logs.values()].map((log) => log.close()));
    this.logs.clear();
  }

  private async months(): Promise<string[]> {
    try {
      return (await readdir(this.folder))
        .map((name) => FILE.exec(name)?.[1])
        .filter((m): m is string => m !== undefined)
        .sort()
        .reverse();
    } catch (error) {
      if (isCode(error, 'ENOENT')) return [];
      throw error;
    }
  }

  private lines(month: string): AsyncIterable<string> {
    return createInterface({ input: createReadStream(join(this.folder, `items-${month}.jsonl`), 'utf8'), crlfDelay: Infinity });
  }

  private log(month: string): Promise<AppendLog> {
    const open = this.logs.get(month);
    if (open) return Promise.resolve(open);
    let opening = this.opening.get(month);
    if (!opening) {
      const log = new AppendLog(join(this.folder, `items-${month}.jsonl`));
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
function parseLine(line: string): ItemRecord | undefined {
  try {
    return JSON.parse(line) as ItemRecord;
  } catch {
    return undefined;
  }
}
