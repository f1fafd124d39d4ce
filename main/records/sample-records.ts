import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CrmRecord } from '@shared/model/record';
import type { Directory } from '@shared/model/directory';
import { parseDocument } from '@shared/model/parse';
import { recordFieldIssues } from '@shared/records/validate';
import type { Clock } from '../clock';
import { openRecordsStore, RECORDS_FILE, type RecordsStore } from './records-store';

const HOUR = 3_600_000;

/** A date relative to the first start, in the sample file: `{ "inHours": -22 }`. */
const Relative = z.object({ inHours: z.number() }).strict();
const SampleRecord = CrmRecord.omit({ createdAt: true, updatedAt: true }).extend({
  ageHours: z.number().nonnegative().default(0),
});
const SampleFile = z.object({ about: z.string().optional(), records: z.array(SampleRecord) });

/**
 * The sample CRM records shipped in resources/sample-records.json, dated from `now`, each checked
 * against its entity's fields and the directory (the sample directory of a first start).
 */
export function loadSampleRecords(resourcesDir: string, now: Date, directory: Directory): CrmRecord[] {
  const path = join(resourcesDir, 'sample-records.json');
  const file = parseDocument(SampleFile, JSON.parse(readFileSync(path, 'utf8')), path);
  const hour = Math.floor(now.getTime() / HOUR) * HOUR;
  const records = file.records.map(({ ageHours, fields, ...rest }): CrmRecord => {
    const at = new Date(now.getTime() - ageHours * HOUR).toISOString();
    const dated = Object.fromEntries(
      Object.entries(fields).map(([key, value]) => {
        const relative = Relative.safeParse(value);
        return [key, relative.success ? new Date(hour + relative.data.inHours * HOUR).toISOString() : value];
      }),
    );
    return { ...rest, fields: dated, createdAt: at, updatedAt: at };
  });
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const record of records) {
    const issues = recordFieldIssues(record.entity, record.fields, { directory, record: (id) => byId.get(id) });
    if (issues.length)
      throw new Error(`${path}: record ${record.id}: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
  }
  return records;
}

export interface OpenRecordsOptions {
  dataDir: string;
  resourcesDir: string;
  clock: Clock;
  /** The directory, when this start created the database: only then are sample records made. */
  firstStartDirectory: Directory | null;
  /** See Store.lastRunClosed. */
  lastRunClosed?: boolean;
}

/**
 * Open records.json; on the first start (no database and no records file yet) put the sample
 * records in straight away. They are committed to the store directly, so no record trigger sees
 * them: nothing is sent or scheduled for sample data.
 */
export async function openRecordsWithSamples(options: OpenRecordsOptions): Promise<RecordsStore> {
  const { dataDir, resourcesDir, clock, firstStartDirectory, lastRunClosed } = options;
  const fresh = !existsSync(join(dataDir, RECORDS_FILE));
  const store = await openRecordsStore(dataDir, clock, lastRunClosed);
  if (fresh && firstStartDirectory) {
    const samples = loadSampleRecords(resourcesDir, clock.now(), firstStartDirectory);
    await store.commit(samples.map((r) => ({ collection: 'records', key: r.id, value: r })));
  }
  return store;
}
