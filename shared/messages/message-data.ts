import { resolveUserEmail } from '../directory/email-resolution';
import { personName } from '../directory/names';
import type { Language } from '../model/common';
import type { Contact, Directory, Organisation, Person } from '../model/directory';
import type { ItemRecord } from '../model/item';
import type { FieldDef, ItemType } from '../model/item-type';
import { type CrmRecord, RecordEntity } from '../model/record';
import type { ActionButton } from './action-buttons';
import { templateValue } from './field-value';
import type { SourceShape } from './fields';
import { recordCollection, type RecordLookup } from './record-fields';
import type { MessageData } from './render';
import { sampleData } from './sample-data';

/** What message data is looked up in: the directory, the item types and the CRM records. */
export interface DataContext extends RecordLookup {
  itemTypes: readonly ItemType[];
}

/** Who reads the message: their language (dates and amounts are written in it), name and address, and the sender. */
export interface Reader {
  language: Language;
  recipient?: { name: string; email?: string; external: boolean };
  sender?: { name: string; email: string };
  /** A task mail's actions as links bound to this reader (`{{actions}}`); none elsewhere. */
  actions?: readonly ActionButton[];
}

/** A mailing's recipient: a contact, an organisation or a person of the Directory. */
export interface MailingTargetRef {
  kind: 'contacts' | 'organisations' | 'persons';
  id: string;
}

/**
 * What a message is rendered from: an item (a record run is an item whose Record is its CRM
 * record), a record on its own (previews, the schedule), a mailing's recipient, or the sample
 * when nothing is chosen (with example values for an item type's own fields).
 */
export type DataSource =
  | { kind: 'item'; item: ItemRecord; task?: { title: string; dueAt?: string } }
  | { kind: 'record'; record: CrmRecord; reminder?: boolean }
  | { kind: 'recipient'; target: MailingTargetRef }
  | { kind: 'sample'; itemType?: ItemType };

type Fields = Record<string, unknown>;

const itemTypeOf = (ctx: DataContext, item: Pick<ItemRecord, 'itemTypeId'>) =>
  ctx.itemTypes.find((t) => t.id === item.itemTypeId);

/** The CRM record a run is about: the record itself, or (simulating, or once it is gone) the run's copy of it. */
function runRecord(item: ItemRecord, ctx: DataContext): CrmRecord | undefined {
  const found = item.recordId ? ctx.recordOf(item.recordId) : undefined;
  if (found) return found;
  const entity = RecordEntity.safeParse(item.fields.entity);
  if (!entity.success) return undefined;
  const title = typeof item.fields.title === 'string' ? item.fields.title : item.subject;
  return {
    id: item.recordId ?? item.id,
    entity: entity.data,
    title,
    fields: item.fields,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

/** Which fields a source can fill (see sourceCollections). */
export function shapeOf(source: DataSource, ctx: DataContext): SourceShape {
  switch (source.kind) {
    case 'item': {
      const record = runRecord(source.item, ctx);
      if (record) return { kind: 'record', entity: record.entity };
      return { kind: 'item', itemType: itemTypeOf(ctx, source.item), payload: source.item.payload !== undefined };
    }
    case 'record':
      return { kind: 'record', entity: source.record.entity };
    case 'recipient':
      return { kind: 'mailing' };
    case 'sample':
      return source.itemType ? { kind: 'item', itemType: source.itemType } : { kind: 'any' };
    default: {
      const never: never = source;
      return never;
    }
  }
}

const userName = (directory: Directory, id: unknown) => directory.users.find((u) => u.id === id)?.name ?? '';

function ownFieldValue(def: FieldDef | undefined, value: unknown, ctx: DataContext, language: Language): unknown {
  // A field the type does not declare (sent through the API, say) is passed as it is: lists stay lists for {{#each}}.
  if (!def) return value;
  switch (def.type) {
    case 'user':
      return userName(ctx.directory, value);
    case 'contact':
      return ctx.directory.contacts.find((c) => c.id === value)?.name ?? '';
    case 'organisation':
      return ctx.directory.organisations.find((o) => o.id === value)?.name ?? '';
    case 'attachment':
      return typeof value === 'object' && value !== null ? String((value as { name?: unknown }).name ?? '') : '';
    case 'text':
    case 'longText':
    case 'choice':
      return templateValue(value, 'text', language);
    case 'money':
      return templateValue(value, 'amount', language);
    case 'number':
    case 'date':
    case 'boolean':
      return templateValue(value, def.type, language);
    default: {
      const never: never = def.type;
      return never;
    }
  }
}

function itemCollection(item: ItemRecord, ctx: DataContext, language: Language): Fields {
  const type = itemTypeOf(ctx, item);
  const own = Object.entries(item.fields).map(([k, v]) => [
    k,
    ownFieldValue(
      type?.fields.find((f) => f.key === k),
      v,
      ctx,
      language,
    ),
  ]);
  return {
    ...Object.fromEntries(own),
    Subject: item.subject,
    Number: item.number,
    Status: item.itemStatus ?? '',
    Type: type?.name ?? '',
    SubmittedAt: templateValue(item.createdAt, 'dateTime', language),
    ...(item.payload !== undefined ? { Payload: JSON.stringify(item.payload, null, 2) } : {}),
  };
}

const organisationCollection = (o: Organisation | undefined): Fields | undefined =>
  o && { Name: o.name, Email: o.email ?? '', City: o.city ?? '' };

function contactCollection(c: Contact | undefined, directory: Directory): Fields | undefined {
  if (!c) return undefined;
  const person = directory.persons.find((p) => p.id === c.personId);
  const email = c.email ?? person?.workEmail ?? '';
  return {
    Name: c.name,
    FirstName: person?.firstName ?? '',
    LastName: person?.lastName ?? '',
    Email: email,
    Phone: person?.phone ?? '',
  };
}

const personCollection = (p: Person): Fields => ({
  Name: personName(p),
  FirstName: p.firstName,
  LastName: p.lastName,
  Email: p.workEmail ?? '',
  Phone: p.phone ?? '',
});

const byId = <T extends { id: string }>(list: readonly T[], id: unknown): T | undefined =>
  typeof id === 'string' ? list.find((x) => x.id === id) : undefined;

/** A record's collections: itself (Record, Project), its contact and organisation (its own, or its contact's). */
function recordCollections(record: CrmRecord, ctx: DataContext, language: Language, reminder: boolean): MessageData {
  const d = ctx.directory;
  const contact = byId(d.contacts, record.fields.contact);
  const organisation =
    record.entity === 'organisation'
      ? byId(d.organisations, record.id)
      : byId(d.organisations, record.fields.organisationId ?? contact?.organisationId);
  const collection = recordCollection(record, ctx, language, reminder);
  return {
    Record: collection,
    Project: collection,
    Contact: contactCollection(contact, d),
    Organisation: organisationCollection(organisation),
  };
}

function recipientCollections(target: MailingTargetRef, directory: Directory): MessageData {
  switch (target.kind) {
    case 'contacts': {
      const contact = byId(directory.contacts, target.id);
      return {
        Contact: contactCollection(contact, directory),
        Organisation: organisationCollection(byId(directory.organisations, contact?.organisationId)),
      };
    }
    case 'persons': {
      const person = byId(directory.persons, target.id);
      return {
        Contact: person && personCollection(person),
        Organisation: organisationCollection(byId(directory.organisations, person?.organisationId)),
      };
    }
    case 'organisations':
      return { Organisation: organisationCollection(byId(directory.organisations, target.id)) };
    default: {
      const never: never = target.kind;
      return never;
    }
  }
}

function itemCollections(
  item: ItemRecord,
  task: { title: string; dueAt?: string } | undefined,
  ctx: DataContext,
  reader: Reader,
): MessageData {
  const { language } = reader;
  const submitter = byId(ctx.directory.users, item.submitterUserId);
  const last = (external: boolean) => [...item.reactions].reverse().find((r) => !external || r.external)?.text ?? '';
  const external = last(true);
  const record = runRecord(item, ctx);
  return {
    Item: itemCollection(item, ctx, language),
    Submitter: submitter && { Name: submitter.name, Email: resolveUserEmail(ctx.directory, submitter).address ?? '' },
    // Portal users and other external recipients never see an internal reaction.
    Task: {
      Title: task?.title ?? '',
      Deadline: templateValue(task?.dueAt, 'dateTime', language),
      LastReaction: reader.recipient?.external ? external : last(false),
      LastExternalReaction: external,
    },
    ...(record ? recordCollections(record, ctx, language, item.fields.reminder === true) : {}),
  };
}

/**
 * The data a template is rendered with, for every use: the preview, simulate, "send one example",
 * mailings, workflow messages, deliveries and the schedule. Values are written in the reader's
 * language; a collection the source cannot have is absent, so its fields render (and are reported) empty.
 */
export function messageData(source: DataSource, ctx: DataContext, reader: Reader): MessageData {
  const { recipient, sender } = reader;
  const people: MessageData = {
    ...(recipient ? { Recipient: { Name: recipient.name, Email: recipient.email ?? '' } } : {}),
    ...(sender ? { Sender: { Name: sender.name, Email: sender.email } } : {}),
  };
  switch (source.kind) {
    case 'item':
      return { ...itemCollections(source.item, source.task, ctx, reader), ...people };
    case 'record':
      return { ...recordCollections(source.record, ctx, reader.language, source.reminder ?? false), ...people };
    case 'recipient':
      return { ...recipientCollections(source.target, ctx.directory), ...people };
    case 'sample':
      return { ...sampleData(reader.language, source.itemType, recipient?.external ?? false), ...people };
    default: {
      const never: never = source;
      return never;
    }
  }
}
