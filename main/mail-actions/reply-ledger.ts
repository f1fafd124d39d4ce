import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReplyRecord } from '@shared/mail-actions/reply-record';
import { AppendLog } from '../store/append-log';

/** The replies to task mails that were read: one JSON line each, keyed by the reply's Message-ID. */
export const REPLIES_FILE = 'mail-replies.jsonl';

export interface ReplyLedger {
  get(messageId: string): ReplyRecord | undefined;
  /** Note what became of a reply (fdatasync'd). */
  add(record: ReplyRecord): Promise<void>;
  /** Every reply read, newest first. */
  all(): ReplyRecord[];
  close(): Promise<void>;
}

/** The ledger of the data folder; a torn last line (a crash while writing it) is cut off. */
export async function openReplyLedger(dataDir: string): Promise<ReplyLedger> {
  const path = join(dataDir, REPLIES_FILE);
  const log = new AppendLog(path);
  await log.open();
  const records = new Map<string, ReplyRecord>();
  const text = await readFile(path, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const record = JSON.parse(line) as ReplyRecord;
      if (typeof record.messageId === 'string') records.set(record.messageId, record);
    } catch {
      // A line that does not parse names no reply; the others still count.
    }
  }
  return {
    get: (messageId) => records.get(messageId),
    async add(record) {
      await log.append([JSON.stringify(record)]);
      records.set(record.messageId, record);
    },
    all: () => [...records.values()].reverse(),
    close: () => log.close(),
  };
}
