import type { ItemType } from '../model/item-type';

/** The data collections a template can use, each with its fields (DESIGN §5). */
export const collections = {
  Item: ['Subject', 'Number', 'Status', 'Type', 'SubmittedAt'],
  Submitter: ['Name', 'Email'],
  Recipient: ['Name', 'Email'],
  Task: ['Title', 'Deadline', 'LastReaction', 'LastExternalReaction'],
  Record: ['Name', 'Subject', 'Status', 'Stage', 'Type', 'DueDate', 'Responsible', 'Contact', 'Amount'],
  /** `{{Project.Name}}`: the record as the German CRM calls a deal or project. */
  Project: ['Name', 'Subject', 'Status', 'Stage', 'Type', 'DueDate', 'Responsible', 'Contact', 'Amount'],
  Sender: ['Name', 'Email'],
  Organisation: ['Name', 'Email', 'City'],
} as const;

export type Collection = keyof typeof collections;

/** Every field path a template may use, given the item type (whose own fields join Item). */
export function knownFields(itemType?: ItemType): Set<string> {
  const known = new Set<string>();
  for (const [collection, fields] of Object.entries(collections)) for (const f of fields) known.add(`${collection}.${f}`);
  for (const f of itemType?.fields ?? []) known.add(`Item.${f.key}`);
  return known;
}

/** Field paths for the picker, grouped by collection. */
export function pickerFields(itemType?: ItemType): { collection: Collection; fields: string[] }[] {
  return (Object.keys(collections) as Collection[]).map((collection) => ({
    collection,
    fields: [...collections[collection], ...(collection === 'Item' ? (itemType?.fields ?? []).map((f) => f.key) : [])].map((f) => `${collection}.${f}`),
  }));
}
