import type { Contact, Directory, Organisation } from '../model/directory';
import type { CrmRecord } from '../model/record';

/**
 * Contacts and organisations are the Directory's entries; record triggers see them as records of
 * entity contact / organisation. A contact's record has itself as its `contact`, so "mail the
 * record's contact" reaches them.
 */
export function directoryRecord(
  kind: 'contacts' | 'organisations',
  entry: Contact | Organisation,
  at: string,
): CrmRecord {
  const { id, name, ...fields } = entry;
  return {
    id,
    entity: kind === 'contacts' ? 'contact' : 'organisation',
    title: name,
    fields: kind === 'contacts' ? { ...fields, contact: id } : fields,
    createdAt: at,
    updatedAt: at,
  };
}

/** The contact or organisation with this id as a record, if there is one. */
export function directoryRecordById(directory: Directory, id: string, at: string): CrmRecord | undefined {
  const contact = directory.contacts.find((c) => c.id === id);
  if (contact) return directoryRecord('contacts', contact, at);
  const organisation = directory.organisations.find((o) => o.id === id);
  return organisation ? directoryRecord('organisations', organisation, at) : undefined;
}
