import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One change of a journal line: collection, key and, for a put, the value. */
export interface JournalChange {
  c: string;
  k: string;
  v?: unknown;
}

/**
 * Append a batch to a closed app's journal as the app would have written it next (the next write
 * number after its snapshot and journal), to both copies: a change a crash left for the next
 * start to replay.
 */
export function appendJournalBatch(dataDir: string, file: string, changes: JournalChange[]): void {
  const { journalSeq } = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as { journalSeq: number };
  const journal = join(dataDir, `${file}.journal`);
  const lines = existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').filter(Boolean) : [];
  const last = lines.length ? (JSON.parse(lines.at(-1)!) as { s: number }).s : journalSeq;
  const line = `${JSON.stringify({ s: Math.max(last, journalSeq) + 1, c: changes })}\n`;
  for (const copy of [journal, `${journal}.2`]) appendFileSync(copy, line);
}
