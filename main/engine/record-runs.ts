import { createHash } from 'node:crypto';
import type { EngineEvent } from '@shared/engine';
import type { ItemCounter, ItemRecord } from '@shared/model/item';
import type { CrmRecord, InboxEntry } from '@shared/model/record';
import type { TriggerTimer } from '@shared/model/schedule';
import { recordFields, statusFieldOf } from '@shared/records/fields';
import type { MessageDraft } from '../mail/outbox';

/** An item's number: D-<year>-<counter, four digits at least>. */
export const itemNumber = (counter: ItemCounter) => `D-${counter.year}-${String(counter.last).padStart(4, '0')}`;

/** The id of the run a trigger timer starts: the same key never starts a second run. */
export const runIdOf = (timer: Pick<TriggerTimer, 'key'>) =>
  `run-${createHash('sha256').update(timer.key).digest('hex').slice(0, 32)}`;

/** What a record run starts with: the record's fields, its title and entity, and whether it is the reminder. */
export const runFields = (record: CrmRecord, timer: Pick<TriggerTimer, 'kind' | 'depth'>) => ({
  ...record.fields,
  title: record.title,
  entity: record.entity,
  ...(timer.kind === 'reminder' ? { reminder: true } : {}),
  ...(timer.depth ? { cascade: timer.depth } : {}),
});

/** How many runs deep the change that started this run was (0: a person's change). */
export const cascadeOf = (item: ItemRecord) => (typeof item.fields.cascade === 'number' ? item.fields.cascade : 0);

const RUN_ONLY = ['title', 'entity', 'reminder', 'cascade'];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields a running run must be told after its record changed (a field the record lost becomes empty), or null when it sees them already. */
export function syncedFields(item: ItemRecord, record: CrmRecord): Record<string, unknown> | null {
  const gone = Object.keys(item.fields).filter((k) => !(k in record.fields) && !RUN_ONLY.includes(k));
  const fields = { ...Object.fromEntries(gone.map((k) => [k, null])), ...record.fields, title: record.title };
  return Object.entries(fields).some(([k, v]) => !same(item.fields[k], v)) ? fields : null;
}

/**
 * What one step of a record run changed that belongs to its record (DESIGN §4.3: "set field /
 * stage / status"): fields the step set, not those the record itself just told it; a new item
 * status becomes the record's status (or stage). Null when nothing.
 */
export function recordWriteBack(
  before: ItemRecord | null,
  after: ItemRecord,
  event: EngineEvent,
): Record<string, unknown> | null {
  if (!after.recordId) return null;
  const base = before?.fields ?? (event.type === 'submit' ? event.item.fields : {});
  const told = event.type === 'updateFields' ? event.fields : {};
  const fields = Object.fromEntries(
    Object.entries(after.fields).filter(
      ([k, v]) => !RUN_ONLY.includes(k) && !same(v, base[k]) && !(k in told && same(told[k], v)),
    ),
  );
  const entity = after.fields.entity as CrmRecord['entity'] | undefined;
  // "Set status" (a setStatus effect, or a setField of `status`): the record's status field where it has one (a task's, a deal's), else its stage (a project's).
  if (after.itemStatus && after.itemStatus !== before?.itemStatus && entity)
    fields[recordFields[entity].some((f) => f.key === 'status') ? 'status' : statusFieldOf(entity)] = after.itemStatus;
  return Object.keys(fields).length ? fields : null;
}

/** One inbox entry per user a message reaches; its id comes from the effect, so doing it again adds nothing. */
export const inboxEntries = (
  item: ItemRecord,
  effectKey: string,
  drafts: readonly MessageDraft[],
  at: string,
): InboxEntry[] =>
  drafts.flatMap((d) =>
    d.to.kind === 'user' && d.to.id
      ? [
          {
            id: `${effectKey}:${d.to.id}`,
            userId: d.to.id,
            at,
            subject: d.subject,
            text: d.text,
            itemId: item.id,
            ...(item.recordId ? { recordId: item.recordId } : {}),
            ...(typeof item.fields.entity === 'string' ? { entity: item.fields.entity as CrmRecord['entity'] } : {}),
          },
        ]
      : [],
  );
