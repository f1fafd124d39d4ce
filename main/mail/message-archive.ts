import { OutboxMessage } from '@shared/model/message';
import type { Clock } from '../clock';
import { MonthlyArchive } from '../store/monthly-archive';

/**
 * Message history out of the outbox file: one JSON-lines file per month the messages were
 * written in (`archive/messages-2026-11.jsonl`), newest first, so date filters skip whole months.
 */
export class MessageArchive extends MonthlyArchive<OutboxMessage> {
  constructor(dataDir: string, clock?: Clock) {
    super(dataDir, {
      prefix: 'messages',
      monthOf: (m) => m.createdAt.slice(0, 7),
      parse: (value) => OutboxMessage.parse(value),
      newestBy: (m) => m.createdAt,
      ...(clock ? { clock } : {}),
    });
  }
}
