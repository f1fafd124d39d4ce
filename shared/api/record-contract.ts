import { z } from 'zod';
import { Id, Text } from '../model/common';
import { CrmRecord } from '../model/record';
import { RecordStoreEntities } from '../records/fields';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const StoredEntity = z.enum(RecordStoreEntities);
const Fields = z.record(z.string(), z.unknown());

/** One field of a record entity as an integrator needs it: its kind, and the values a choice takes. */
export const RecordFieldSpecView = z.object({
  entity: StoredEntity,
  key: z.string(),
  kind: z.string(),
  required: z.boolean(),
  /** For a choice: the values it takes. */
  options: z.array(z.string()).optional(),
  /** For a reference to another record: the entity it points at. */
  refers: z.string().optional(),
  currency: z.literal('EUR').optional(),
});

/** CRM records (deals, quote requests, projects, tasks); contacts and organisations are the Directory's. */
export const recordContract = {
  'records.list': method(
    z
      .object({
        entity: StoredEntity.optional(),
        search: z.string().max(200).optional(),
        /** Field equals value, e.g. { "status": "Open" }. */
        where: z.record(z.string(), z.string()).optional(),
        limit: z.number().int().min(1).max(5000).default(500),
      })
      .strict(),
    z.array(CrmRecord),
  ),
  'records.get': method(z.object({ id: Id }).strict(), CrmRecord),
  'records.create': method(
    z.object({ entity: StoredEntity, title: Text, fields: Fields.default({}) }).strict(),
    CrmRecord,
  ),
  /** Change the title and/or some fields (null removes a field); record triggers react to it. */
  /** Refused (conflict, nothing written) while an open item, a waiting timer or another record refers to it. */
  'records.remove': method(z.object({ id: Id }).strict(), z.object({ removed: z.literal(true) })),
  /** The fields of each record entity (or one), with their kinds and choice lists: what records.create checks. */
  'records.fieldSpecs': method(z.object({ entity: StoredEntity.optional() }).strict(), z.array(RecordFieldSpecView)),
  'records.update': method(
    z
      .object({ id: Id, title: Text.optional(), fields: z.record(z.string(), z.unknown().nullable()).optional() })
      .strict(),
    CrmRecord,
  ),
} as const;
