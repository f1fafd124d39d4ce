import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppendLog } from '../store/append-log';

/** The ledger of task-mail links that were used: one JSON line per link, on disk before the page says "done". */
export const USED_LINKS_FILE = 'mail-action-links.jsonl';

export interface UsedLinks {
  has(id: string): boolean;
  /** Record a link as used (fdatasync'd). */
  add(id: string, at: string): Promise<void>;
  close(): Promise<void>;
}

/** The used links of the data folder; a torn last line (a crash while writing it) is cut off. */
export async function openUsedLinks(dataDir: string): Promise<UsedLinks> {
  const path = join(dataDir, USED_LINKS_FILE);
  const log = new AppendLog(path);
  await log.open();
  const used = new Set<string>();
  const text = await readFile(path, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const id = (JSON.parse(line) as { id?: unknown }).id;
      if (typeof id === 'string') used.add(id);
    } catch {
      // A line that does not parse names no link; the others still count.
    }
  }
  return {
    has: (id) => used.has(id),
    async add(id, at) {
      if (used.has(id)) return;
      await log.append([JSON.stringify({ id, at })]);
      used.add(id);
    },
    close: () => log.close(),
  };
}
