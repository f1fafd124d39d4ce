import { refusal } from '@shared/api/access';
import type { Caller } from '@shared/api/caller';
import { ApiError } from '@shared/api/errors';
import type { InboxEntry, RecordEntity } from '@shared/model/record';

/** Where an inbox entry can point: items as the caller may see them, records that are there. */
export interface LinkTargets {
  /** The item as `caller` may see it; refuses (not_found, forbidden) when they may not. */
  item(caller: Caller, id: string): Promise<unknown>;
  /** Whether a CRM record, or a Directory contact or organisation, has this id. */
  recordExists(id: string): boolean;
}

/** Contacts and organisations open in the Directory (administrators); the others in Records. */
const mayOpenRecord = (caller: Caller, entity: RecordEntity): boolean =>
  refusal(entity === 'contact' || entity === 'organisation' ? 'directory.get' : 'records.get', caller) === null;

/** True when `caller` may open the item; false when it is gone or closed to them; any other failure is thrown. */
const mayOpenItem = (targets: LinkTargets, caller: Caller, id: string): Promise<boolean> =>
  targets.item(caller, id).then(
    () => true,
    (e: unknown) => {
      if (e instanceof ApiError && (e.code === 'not_found' || e.code === 'forbidden')) return false;
      throw e;
    },
  );

/**
 * The entries with only the links their reader may follow (issue 12 §7): an entry about a
 * confidential item of which the reader is no part, a removed record, or a Directory contact for
 * someone who is no administrator keeps its subject and text but offers no link that would refuse.
 */
export function withFollowableLinks(
  entries: InboxEntry[],
  caller: Caller,
  targets: LinkTargets,
): Promise<InboxEntry[]> {
  return Promise.all(
    entries.map(async ({ itemId, recordId, entity, ...entry }) => {
      const item = itemId !== undefined && (await mayOpenItem(targets, caller, itemId));
      const record = recordId !== undefined && entity !== undefined;
      const mayOpen = record && mayOpenRecord(caller, entity) && targets.recordExists(recordId);
      return { ...entry, ...(item ? { itemId } : {}), ...(mayOpen ? { recordId, entity } : {}) };
    }),
  );
}
