import { ItemRecord } from '@shared/model/item';
import type { Clock } from '../clock';
import { MonthlyArchive } from '../store/monthly-archive';

/**
 * Completed and cancelled items, out of the file every action rewrites: one JSON-lines file per
 * month they ended in (`archive/items-2026-11.jsonl`), read newest first.
 */
export class ItemArchive extends MonthlyArchive<ItemRecord> {
  constructor(dataDir: string, clock?: Clock) {
    super(dataDir, {
      prefix: 'items',
      monthOf: (item) => item.updatedAt.slice(0, 7),
      parse: (value) => ItemRecord.parse(value),
      ...(clock ? { clock } : {}),
    });
  }
}
