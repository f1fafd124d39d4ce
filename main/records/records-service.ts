import { ApiError } from '../../shared/api/errors';
import type { CrmRecord } from '../../shared/model/record';
import { RecordStoreEntities, type StoredEntity } from '../../shared/records/fields';
import { recordFieldIssues } from '../../shared/records/validate';
import type { Clock } from '../clock';
import type { Store } from '../store/store';
import type { RecordChange, RecordsStore } from './records-store';

/** Called once a record change is on disk, with what the record was before (null: created). */
export type OnRecordChange = (before: CrmRecord | null, after: CrmRecord) => Promise<void>;

export interface RecordFilter {
  entity?: StoredEntity;
  /** Matches title and text fields, case-insensitively. */
  search?: string;
  /** Field equals value, e.g. { status: 'Open' }. */
  where?: Record<string, string>;
  limit?: number;
}

/** Create, change and list CRM records; every change is checked against the entity's fields and then told to the triggers. */
export function createRecordsService(records: RecordsStore, store: Store, clock: Clock, newId: () => string, onChange: OnRecordChange = async () => undefined) {
  const find = (id: string) => {
    const record = records.maps.records.get(id);
    if (!record) throw new ApiError('not_found', `There is no record with id "${id}".`);
    return record;
  };
  const check = (record: CrmRecord) => {
    const issues = recordFieldIssues(record.entity, record.fields, { directory: store.data.directory, record: (id) => records.maps.records.get(id) });
    if (issues.length) throw ApiError.invalidInput(`The ${record.entity} is not valid.`, issues);
  };
  const write = async (before: CrmRecord | null, after: CrmRecord, extra: RecordChange[] = []) => {
    check(after);
    await records.commit([{ collection: 'records', key: after.id, value: after }, ...extra]);
    await onChange(before, after);
    return after;
  };
  return {
    list({ entity, search, where, limit = 500 }: RecordFilter = {}): CrmRecord[] {
      const needle = search?.trim().toLowerCase();
      const out: CrmRecord[] = [];
      for (const r of records.maps.records.values()) {
        if (entity && r.entity !== entity) continue;
        if (where && Object.entries(where).some(([k, v]) => String(r.fields[k] ?? '') !== v)) continue;
        if (needle && !r.title.toLowerCase().includes(needle) && !Object.values(r.fields).some((v) => typeof v === 'string' && v.toLowerCase().includes(needle))) continue;
        out.push(r);
      }
      return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit);
    },
    get: find,
    create(entity: StoredEntity, title: string, fields: Record<string, unknown>): Promise<CrmRecord> {
      if (!RecordStoreEntities.includes(entity)) throw new ApiError('invalid_input', `Records of kind "${entity}" are kept in the Directory.`);
      const at = clock.now().toISOString();
      return write(null, { id: newId(), entity, title, fields, createdAt: at, updatedAt: at });
    },
    /** Change the title and/or some fields; a field set to null is removed. */
    update(id: string, change: { title?: string; fields?: Record<string, unknown> }): Promise<CrmRecord> {
      const before = find(id);
      const fields = { ...before.fields };
      for (const [k, v] of Object.entries(change.fields ?? {})) {
        if (v === null) delete fields[k];
        else fields[k] = v;
      }
      return write(before, { ...before, ...(change.title ? { title: change.title } : {}), fields, updatedAt: clock.now().toISOString() });
    },
  };
}
export type RecordsService = ReturnType<typeof createRecordsService>;
