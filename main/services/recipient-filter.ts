import type { MailingTargetRef } from '@shared/messages';
import type { Directory } from '@shared/model/directory';
import type { MessageFilter } from '../mail/message-history';

const contactsWhere = (directory: Directory, keep: (c: Directory['contacts'][number]) => boolean) =>
  directory.contacts.filter(keep).map((c) => ({ kind: 'contact' as const, id: c.id }));

/**
 * Whose mail a Directory entry's page lists: a contact's own; an organisation's and its contacts';
 * a person's and that of the contacts that are this person (the sent mail is kept with them, seed 003).
 */
export function sentTo(directory: Directory, target: MailingTargetRef): NonNullable<MessageFilter['recipients']> {
  switch (target.kind) {
    case 'contacts':
      return [{ kind: 'contact', id: target.id }];
    case 'organisations':
      return [
        { kind: 'organisation', id: target.id },
        ...contactsWhere(directory, (c) => c.organisationId === target.id),
      ];
    case 'persons':
      return [{ kind: 'person', id: target.id }, ...contactsWhere(directory, (c) => c.personId === target.id)];
    default: {
      const never: never = target.kind;
      return never;
    }
  }
}
