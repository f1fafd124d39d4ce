import type { DirectoryEntry, DirectoryKind } from '../model/directory';

export type FieldKind = 'text' | 'email' | 'boolean' | 'date' | 'language' | 'ref' | 'refs';

/** How one field of a directory entry is shown, edited and imported from CSV. */
/** The editable keys of an entry of kind K (distributes over a union of kinds). */
export type FieldKey<K extends DirectoryKind> = K extends DirectoryKind
  ? Exclude<keyof DirectoryEntry<K>, 'id'> & string
  : never;

export interface FieldSpec<K extends DirectoryKind = DirectoryKind> {
  key: FieldKey<K>;
  kind: FieldKind;
  required?: boolean;
  /** For ref/refs: the kind the field points at. */
  ref?: DirectoryKind;
  /** Shown as a column in the list. */
  column?: boolean;
}

type Specs = { [K in DirectoryKind]: FieldSpec<K>[] };

/** Field specs per directory kind, in form order. One source for forms, lists and CSV import. */
export const directoryFields: Specs = {
  users: [
    { key: 'name', kind: 'text', required: true, column: true },
    { key: 'email', kind: 'email', column: true },
    { key: 'personId', kind: 'ref', ref: 'persons' },
    { key: 'roleIds', kind: 'refs', ref: 'roles', column: true },
    { key: 'external', kind: 'boolean', column: true },
    { key: 'admin', kind: 'boolean', column: true },
    { key: 'language', kind: 'language' },
  ],
  persons: [
    { key: 'firstName', kind: 'text', required: true, column: true },
    { key: 'lastName', kind: 'text', required: true, column: true },
    { key: 'workEmail', kind: 'email', column: true },
    { key: 'phone', kind: 'text', column: true },
    { key: 'organisationId', kind: 'ref', ref: 'organisations', column: true },
  ],
  employees: [
    { key: 'employeeNumber', kind: 'text', required: true, column: true },
    { key: 'personId', kind: 'ref', ref: 'persons', required: true, column: true },
    { key: 'privateEmail', kind: 'email', column: true },
    { key: 'department', kind: 'text', column: true },
  ],
  organisations: [
    { key: 'name', kind: 'text', required: true, column: true },
    { key: 'email', kind: 'email', column: true },
    { key: 'city', kind: 'text', column: true },
  ],
  contacts: [
    { key: 'name', kind: 'text', required: true, column: true },
    { key: 'email', kind: 'email', column: true },
    { key: 'organisationId', kind: 'ref', ref: 'organisations', column: true },
    { key: 'personId', kind: 'ref', ref: 'persons' },
    { key: 'consentEmail', kind: 'boolean', column: true },
    { key: 'consentDate', kind: 'date' },
  ],
  roles: [
    { key: 'name', kind: 'text', required: true, column: true },
    { key: 'description', kind: 'text', column: true },
  ],
};

export const fieldsOf = <K extends DirectoryKind>(kind: K): FieldSpec<K>[] => directoryFields[kind];
