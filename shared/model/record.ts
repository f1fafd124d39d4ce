import { z } from 'zod';
import { Id, Text, Timestamp } from './common';
import { RecordEntities } from './workflow-nodes';

export const RecordEntity = z.enum(RecordEntities);
export type RecordEntity = z.infer<typeof RecordEntity>;

/**
 * A CRM record (DESIGN §4.3): a contact, organisation, deal, quote request, project or CRM task.
 * Its fields are flat (`status`, `stage`, `type`, `responsible`, `dueDate`…, see
 * shared/records/fields.ts), so workflow conditions and templates read them like an item's.
 */
export const CrmRecord = z.object({
  id: Id,
  entity: RecordEntity,
  /** What the record is called in lists and messages: the contact's name, the deal's title… */
  title: Text,
  fields: z.record(z.string(), z.unknown()).default({}),
  /** Counts the record's changes: a change is told apart by it, not by its time (clocks can repeat). */
  revision: z.number().int().nonnegative().optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CrmRecord = z.infer<typeof CrmRecord>;

/** One message in a user's in-app inbox (a notify step with channel inbox or both). */
export const InboxEntry = z.object({
  id: Id,
  userId: Id,
  at: Timestamp,
  subject: z.string(),
  text: z.string(),
  /** What it is about: a record (or an item). */
  recordId: Id.optional(),
  entity: RecordEntity.optional(),
  itemId: Id.optional(),
  readAt: Timestamp.optional(),
});
export type InboxEntry = z.infer<typeof InboxEntry>;
