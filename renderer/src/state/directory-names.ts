import type { ApiOutput } from '@shared/api';
import { type Directory, emptyDirectory } from '@shared/model/directory';

/**
 * What someone who is not an administrator gets to see of the directory (directory.names): the
 * names of users, contacts and organisations that items, tasks and records refer to, no addresses.
 */
export function directoryOfNames(names: ApiOutput<'directory.names'>): Directory {
  const directory = emptyDirectory();
  for (const { kind, id, name } of names) {
    if (kind === 'users') directory.users.push({ id, name, external: false, admin: false, roleIds: [] });
    else if (kind === 'contacts') directory.contacts.push({ id, name, consentEmail: false });
    else directory.organisations.push({ id, name });
  }
  return directory;
}
