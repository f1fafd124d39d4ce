import { ApiError } from '@shared/api/errors';
import { issueBecause } from '@shared/api/reasons';
import { contactRecipient, type MailingTargetRef, type Recipient } from '@shared/messages';
import type { Directory } from '@shared/model/directory';

const unknown = (thing: 'contacts' | 'organisations' | 'persons', id: string) =>
  ApiError.invalidInput('Unknown recipient', [issueBecause('targets', 'doesNotExist', { thing, id })]);

/** A contact, organisation or person of the Directory as a mailing's recipient, with why it cannot get mail if so. */
export function mailingRecipient(directory: Directory, target: MailingTargetRef): Recipient {
  switch (target.kind) {
    case 'contacts': {
      const c = directory.contacts.find((x) => x.id === target.id);
      if (!c) throw unknown('contacts', target.id);
      return contactRecipient(c);
    }
    case 'organisations': {
      const o = directory.organisations.find((x) => x.id === target.id);
      if (!o) throw unknown('organisations', target.id);
      return contactRecipient({ id: o.id, name: o.name, email: o.email, consentEmail: true }, 'organisation');
    }
    case 'persons': {
      const p = directory.persons.find((x) => x.id === target.id);
      if (!p) throw unknown('persons', target.id);
      const consent = directory.contacts.find((c) => c.personId === p.id)?.consentEmail ?? true;
      return contactRecipient(
        { id: p.id, name: `${p.firstName} ${p.lastName}`, email: p.workEmail, consentEmail: consent },
        'person',
      );
    }
    default: {
      const never: never = target.kind;
      return never;
    }
  }
}
