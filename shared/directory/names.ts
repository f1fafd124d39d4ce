import type { Directory, DirectoryEntry, DirectoryKind, Person } from '../model/directory';

export const personName = (p: Pick<Person, 'firstName' | 'lastName'>): string => `${p.firstName} ${p.lastName}`;

/** The human-readable name of an entry, for lists, pickers and messages. */
export function entryLabel(kind: DirectoryKind, entry: DirectoryEntry, directory?: Directory): string {
  switch (kind) {
    case 'persons':
      return personName(entry as Person);
    case 'employees': {
      const e = entry as Directory['employees'][number];
      const person = directory?.persons.find((p) => p.id === e.personId);
      return person ? `${personName(person)} (${e.employeeNumber})` : e.employeeNumber;
    }
    default:
      return (entry as { name: string }).name;
  }
}
