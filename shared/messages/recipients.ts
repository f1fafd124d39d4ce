import { assertNever } from '../assert-never';
import { type EmailResolution, resolveUserEmail } from '../directory/email-resolution';
import type { Contact, Directory, User } from '../model/directory';
import type { Addressee } from '../model/message-setting';
import type { Destination } from '../model/workflow-nodes';

/** Who a recipient is: a user, or a contact, organisation or person of the Directory (with their own address). */
export type RecipientKind = 'user' | 'contact' | 'organisation' | 'person';

/** One person a message goes to, how their address was found, and whether it can be sent. */
export interface Recipient {
  kind: RecipientKind;
  id: string;
  name: string;
  email?: string;
  /** Users: the fallback chain tried (DESIGN §4.2). Contacts: their own address only. */
  resolution: EmailResolution;
  /** Portal users and contacts are external: they see external reactions only. */
  external: boolean;
  /** Why no mail can go out to them, if so. */
  skip?: 'noAddress' | 'noConsent';
}

/** What an addressee is resolved against: the directory and the item or record at hand. */
export interface AddresseeContext {
  directory: Directory;
  submitterUserId?: string;
  taskManagerUserId?: string;
  /** The destinations of the task the message belongs to (for "task users"). */
  taskDestinations?: Destination[];
  /** Fields of the item or record (for "user/contact from a field"). */
  fields?: Record<string, unknown>;
}

export function userRecipient(directory: Directory, user: User): Recipient {
  const resolution = resolveUserEmail(directory, user);
  return {
    kind: 'user',
    id: user.id,
    name: user.name,
    email: resolution.address,
    resolution,
    external: user.external,
    ...(resolution.address ? {} : { skip: 'noAddress' as const }),
  };
}

/** A contact as a recipient; an organisation or a person of the Directory (in a mailing) the same way, as `kind`. */
export function contactRecipient(
  contact: Pick<Contact, 'id' | 'name' | 'email' | 'consentEmail'>,
  kind: Exclude<RecipientKind, 'user'> = 'contact',
): Recipient {
  const resolution: EmailResolution = contact.email ? { address: contact.email, chain: [] } : { chain: [] };
  const skip = !contact.email ? 'noAddress' : !contact.consentEmail ? 'noConsent' : undefined;
  const { id, name, email } = contact;
  return { kind, id, name, email, resolution, external: true, ...(skip ? { skip } : {}) };
}

const usersWithRole = (d: Directory, roleId: string) => d.users.filter((u) => u.roleIds.includes(roleId));
const userById = (d: Directory, id: unknown) => (typeof id === 'string' ? d.users.find((u) => u.id === id) : undefined);

/** The users a task destination names. Only those who see the task in their list count as task users. */
function destinationUsers(d: Directory, dest: Destination, ctx: AddresseeContext): User[] {
  switch (dest.type) {
    case 'users':
      return dest.userIds.map((id) => userById(d, id)).filter((u): u is User => !!u);
    case 'role':
      return usersWithRole(d, dest.roleId);
    case 'submitter':
      return [userById(d, ctx.submitterUserId)].filter((u): u is User => !!u);
    case 'taskManager':
      return [userById(d, ctx.taskManagerUserId)].filter((u): u is User => !!u);
    case 'userField':
      return [userById(d, ctx.fields?.[dest.field])].filter((u): u is User => !!u);
  }
}

/**
 * The users of the Directory an addressee stands for, each once, without working out their
 * addresses (who may act on a task asks this on every action). A contact field stands for a
 * contact: no users.
 */
export function addresseeUsers(addressee: Addressee, ctx: AddresseeContext): User[] {
  const d = ctx.directory;
  let users: User[];
  switch (addressee.type) {
    case 'taskUsers':
      users = (ctx.taskDestinations ?? [])
        .filter((dest) => dest.showInTaskList)
        .flatMap((dest) => destinationUsers(d, dest, ctx));
      break;
    case 'submitter':
    case 'taskManager':
    case 'users':
    case 'userField':
      users = destinationUsers(d, { ...addressee, showInTaskList: true } as Destination, ctx);
      break;
    case 'role':
      users = usersWithRole(d, addressee.roleId);
      break;
    case 'contactField':
      return [];
    default:
      return assertNever(addressee, 'addressee');
  }
  const seen = new Set<string>();
  return users.filter((u) => !seen.has(u.id) && seen.add(u.id));
}

/** Everybody an addressee stands for, each once, with their resolution. */
export function resolveAddressee(addressee: Addressee, ctx: AddresseeContext): Recipient[] {
  if (addressee.type === 'contactField') {
    const id = ctx.fields?.[addressee.field];
    const contact = ctx.directory.contacts.find((c) => c.id === id);
    return contact ? [contactRecipient(contact)] : [];
  }
  return addresseeUsers(addressee, ctx).map((u) => userRecipient(ctx.directory, u));
}
