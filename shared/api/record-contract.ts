import { z } from 'zod';
import { Id, Text } from '../model/common';
import { CrmRecord } from '../model/record';
import { RecordStoreEntities } from '../records/fields';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const StoredEntity = z.enum(RecordStoreEntities);
const Fields = z.record(z.string(), z.unknown());

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
  'records.create': method(z.object({ entity: StoredEntity, title: Text, fields: Fields.default({}) }).strict(), CrmRecord),
  /** Change the title and/or some fields (null removes a field); record triggers react to it. */
  'records.update': method(z.object({ id: Id, title: Text.optional(), fields: z.record(z.string(), z.unknown().nullable()).optional() }).strict(), CrmRecord),
} as const;
