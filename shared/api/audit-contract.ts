import { z } from 'zod';
import { DateOnly, Id } from '../model/common';
import { AuditAction, AuditEntry } from '../model/audit';
import { method } from './method';

/** Which entries: each field narrows; dates are whole days in UTC, `to` included. */
export const AuditFilter = z
  .object({
    from: DateOnly.optional(),
    to: DateOnly.optional(),
    action: AuditAction.optional(),
    /** Entries by this user, or about them (the target names them). */
    userId: Id.optional(),
    /** Words in the actor's name, the target, the detail or the address (case-insensitive). */
    text: z.string().trim().max(200).optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'ends before it starts', path: ['to'] });
export type AuditFilter = z.infer<typeof AuditFilter>;

export const AUDIT_PAGE = 200;
/** The most lines one export holds; narrow the filter for more. */
export const AUDIT_EXPORT_MAX = 100_000;

/** The audit trail (administrators only): a page of entries, newest first, and all of them for an export. */
export const auditContract = {
  'audit.list': method(
    z
      .object({
        filter: AuditFilter.default({}),
        /** The last entry's id of the page before, to read on. */
        after: Id.optional(),
        limit: z.number().int().min(1).max(1000).default(AUDIT_PAGE),
      })
      .strict(),
    z.object({ entries: z.array(AuditEntry), more: z.boolean() }),
  ),
  /** The entries that pass the filter, newest first (at most AUDIT_EXPORT_MAX): the API v1's /audit-events. */
  'audit.events': method(AuditFilter, z.array(AuditEntry)),
  /** Every entry that passes the filter (at most AUDIT_EXPORT_MAX), for the page to write as CSV in its language. */
  'audit.export': method(
    z.object({ filter: AuditFilter.default({}) }).strict(),
    z.object({ entries: z.array(AuditEntry), truncated: z.boolean() }),
  ),
} as const;
