import { z } from 'zod';
import { DateOnly, Email, Id, Language, Text } from './common';

/** Somebody who signs in to Stroomlijn and can be the destination of a task. */
export const User = z.object({
  id: Id,
  name: Text,
  /** The user's own address: the first step of the e-mail fallback chain (DESIGN §4.2). */
  email: Email.optional(),
  /** Linked person: their work e-mail is the second step of the chain. */
  personId: Id.optional(),
  /** A portal user (external party): receives only external reactions. */
  external: z.boolean().default(false),
  /** May design workflows and templates, manage the directory, messages and settings. */
  admin: z.boolean().default(false),
  language: Language.optional(),
  roleIds: z.array(Id).default([]),
});
export type User = z.infer<typeof User>;

export const Person = z.object({
  id: Id,
  firstName: Text,
  lastName: Text,
  workEmail: Email.optional(),
  phone: z.string().trim().max(50).optional(),
  organisationId: Id.optional(),
});
export type Person = z.infer<typeof Person>;

/** An employee is a person on the payroll; the private e-mail is the last step of the chain. */
export const Employee = z.object({
  id: Id,
  personId: Id,
  employeeNumber: Text,
  privateEmail: Email.optional(),
  department: z.string().trim().max(200).optional(),
});
export type Employee = z.infer<typeof Employee>;

export const Organisation = z.object({
  id: Id,
  name: Text,
  email: Email.optional(),
  city: z.string().trim().max(200).optional(),
});
export type Organisation = z.infer<typeof Organisation>;

/** A contact person at an organisation, who may or may not have consented to e-mail. */
export const Contact = z.object({
  id: Id,
  name: Text,
  email: Email.optional(),
  organisationId: Id.optional(),
  personId: Id.optional(),
  consentEmail: z.boolean().default(false),
  consentDate: DateOnly.optional(),
});
export type Contact = z.infer<typeof Contact>;

export const Role = z.object({
  id: Id,
  name: Text,
  description: z.string().trim().max(1000).optional(),
});
export type Role = z.infer<typeof Role>;

export const Directory = z.object({
  users: z.array(User),
  persons: z.array(Person),
  employees: z.array(Employee),
  organisations: z.array(Organisation),
  contacts: z.array(Contact),
  roles: z.array(Role),
});
export type Directory = z.infer<typeof Directory>;

export const DirectoryKinds = ['users', 'persons', 'employees', 'organisations', 'contacts', 'roles'] as const;
export const DirectoryKind = z.enum(DirectoryKinds);
export type DirectoryKind = z.infer<typeof DirectoryKind>;

/** The schema of one entry of each directory kind. */
export const directoryEntrySchemas = {
  users: User,
  persons: Person,
  employees: Employee,
  organisations: Organisation,
  contacts: Contact,
  roles: Role,
} as const satisfies Record<DirectoryKind, z.ZodType>;

export type DirectoryEntry<K extends DirectoryKind = DirectoryKind> = Directory[K][number];

export const emptyDirectory = (): Directory => ({
  users: [],
  persons: [],
  employees: [],
  organisations: [],
  contacts: [],
  roles: [],
});
