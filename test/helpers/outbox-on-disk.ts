import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutboxDocument } from '@shared/model/message';
import { decodeStatusEntry, applyStatusEntry } from '../../main/mail/outbox-status-entry';
import { parseLine } from '../../main/store/journal-replay';

/**
 * The outbox as it is on disk: `outbox.json` with the lines of `outbox.json.journal` it does not
 * hold yet applied (as the next start would replay them; a torn last line is left out).
 */
export function outboxOnDisk(dataDir: string): OutboxDocument {
  const doc = JSON.parse(readFileSync(join(dataDir, 'outbox.json'), 'utf8')) as OutboxDocument;
  for (const line of journalLines(dataDir)) {
    const batch = parseLine(line);
    if (batch.s <= (doc.journalSeq ?? 0)) continue;
    for (const entry of batch.c.map(decodeStatusEntry)) {
      applyStatusEntry(
        doc.messages.find((m) => m.id === entry.k),
        entry,
      );
    }
  }
  return doc;
}

/** The complete lines of `outbox.json.journal`. */
export function journalLines(dataDir: string): string[] {
  const path = join(dataDir, 'outbox.json.journal');
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  return text
    .slice(0, text.lastIndexOf('\n') + 1)
    .split('\n')
    .filter(Boolean);
}
