import type { ItemType } from '../model/item-type';
import type { RecordEntity } from '../model/record';
import { RecordStoreEntities } from '../records/fields';
import { recordTemplateFields } from './record-fields';

/**
 * What a message is about, as far as its fields go: an item of a type, a CRM record (or a run a
 * record trigger started for it), a mailing's recipient — or nothing chosen yet (every collection).
 */
export type SourceShape =
  | { kind: 'any' }
  | { kind: 'item'; itemType?: ItemType; payload?: boolean }
  | { kind: 'record'; entity: RecordEntity }
  | { kind: 'mailing' };

export type Collection =
  'Item' | 'Submitter' | 'Recipient' | 'Task' | 'Record' | 'Project' | 'Sender' | 'Organisation' | 'Contact';

const ITEM = ['Subject', 'Number', 'Status', 'Type', 'SubmittedAt'];
const PERSON = ['Name', 'Email'];
const TASK = ['Title', 'Deadline', 'LastReaction', 'LastExternalReaction'];
const ORGANISATION = ['Name', 'Email', 'City'];
const CONTACT = ['Name', 'FirstName', 'LastName', 'Email', 'Phone'];

/** Each record field any stored entity has, once (what the sample fills). */
const anyRecord = (): string[] => [...new Set(RecordStoreEntities.flatMap((e) => recordTemplateFields(e)))];

/** The entities whose records name a contact (or are one); every record leads to an organisation. */
const withContact = (entity: RecordEntity) => entity !== 'organisation' && entity !== 'project';

/**
 * Whether items of a type carry a payload (`{{Item.Payload}}`): approval messages (seed 002), the
 * types that need approve and reject or deliver through a connector.
 */
export const carriesPayload = (itemType: Pick<ItemType, 'connector' | 'requiredActions'> | undefined): boolean =>
  !!itemType &&
  (!!itemType.connector ||
    (itemType.requiredActions.includes('approve') && itemType.requiredActions.includes('reject')));

/** An item's fields: its own, Payload for an approval type or an item that has one, then the type's fields. */
const itemFields = (itemType?: ItemType, payload = false): string[] => [
  ...ITEM,
  ...(payload || carriesPayload(itemType) ? ['Payload'] : []),
  ...(itemType?.fields ?? []).map((f) => f.key),
];

type Group = { collection: Collection; fields: string[] };
const group = (collection: Collection, fields: string[]): Group => ({ collection, fields });
/** Who a message is to and from, and the task it is about: every workflow message has them. */
const workflowPeople = (): Group[] => [group('Recipient', PERSON), group('Task', TASK), group('Sender', PERSON)];

/** The collections a source can fill, each with its fields, in the picker's order. */
export function sourceCollections(shape: SourceShape): Group[] {
  switch (shape.kind) {
    case 'any': {
      const [recipient, task, sender] = workflowPeople();
      const record = anyRecord();
      return [
        group('Item', ITEM),
        group('Submitter', PERSON),
        recipient!,
        task!,
        group('Record', record),
        group('Project', record),
        sender!,
        group('Organisation', ORGANISATION),
        group('Contact', CONTACT),
      ];
    }
    case 'item':
      return [
        group('Item', itemFields(shape.itemType, shape.payload)),
        group('Submitter', PERSON),
        ...workflowPeople(),
      ];
    case 'record': {
      const record = recordTemplateFields(shape.entity);
      const contact = withContact(shape.entity) ? [group('Contact', CONTACT)] : [];
      // `{{Project.Name}}`: the record under the name the German CRM gives a deal or project.
      return [
        group('Record', record),
        group('Project', record),
        ...workflowPeople(),
        group('Organisation', ORGANISATION),
        ...contact,
      ];
    }
    case 'mailing':
      return [
        group('Recipient', PERSON),
        group('Contact', CONTACT),
        group('Organisation', ORGANISATION),
        group('Sender', PERSON),
      ];
    default: {
      const never: never = shape;
      return never;
    }
  }
}

/** Field paths for the picker, grouped by collection; several shapes (a template used in several places) merge. */
export function pickerFields(...shapes: SourceShape[]): Group[] {
  const groups = new Map<Collection, Set<string>>();
  for (const shape of shapes.length ? shapes : [{ kind: 'any' } as const]) {
    for (const { collection, fields } of sourceCollections(shape)) {
      const group = groups.get(collection) ?? new Set<string>();
      for (const f of fields) group.add(`${collection}.${f}`);
      groups.set(collection, group);
    }
  }
  return [...groups].map(([collection, fields]) => ({ collection, fields: [...fields] }));
}

/** Every field path a template may use for these sources (anything else is flagged as unknown). */
export const knownFields = (...shapes: SourceShape[]): Set<string> =>
  new Set(pickerFields(...shapes).flatMap((g) => g.fields));

/** Every field path any source can fill, for these item types: what is not among them is no field at all (a typo). */
export const everyField = (itemTypes: readonly ItemType[]): Set<string> =>
  knownFields({ kind: 'any' }, ...itemTypes.map((itemType) => ({ kind: 'item' as const, itemType, payload: true })));
