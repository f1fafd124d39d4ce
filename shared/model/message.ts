import { z } from 'zod';
import { Email, Id, Language, Timestamp } from './common';
import { Attachment } from './template';
import { ReasonSchema } from '../api/reasons';

export const MessageStatuses = ['queued', 'sending', 'sent', 'failed', 'skipped'] as const;
export const MessageStatus = z.enum(MessageStatuses);
export type MessageStatus = z.infer<typeof MessageStatus>;

const Step = z.object({
  source: z.enum(['user', 'personWork', 'employeePrivate']),
  address: z.string().optional(),
  missing: z.enum(['noPerson', 'noEmployee', 'empty']).optional(),
});

/** Who a message is to: a user, a contact, organisation or person of the Directory, or just an address. */
export const MessageToKind = z.enum(['user', 'contact', 'organisation', 'person', 'address']);

/** One message in the outbox and, once handled, in the message history. */
export const OutboxMessage = z.object({
  id: Id,
  /** RFC 5322 Message-ID, fixed when the message is written, so a resend after a crash is recognisable. */
  messageId: z.string(),
  createdAt: Timestamp,
  status: MessageStatus,
  /** Where it goes: the SMTP server, or the built-in capture mailbox when none is configured. */
  via: z.enum(['smtp', 'capture']).optional(),
  from: z.object({ name: z.string(), email: Email }),
  to: z.object({
    kind: MessageToKind,
    id: z.string().optional(),
    name: z.string(),
    email: z.string().optional(),
    chain: z.array(Step).default([]),
    external: z.boolean().default(false),
  }),
  skipReason: z.enum(['noAddress', 'noConsent', 'cancelled']).optional(),
  language: Language,
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  attachments: z.array(Attachment).default([]),
  /** Where a reply goes: a task mail's own address in the replies mailbox (issue 14), so a reply can act. */
  replyTo: Email.optional(),
  source: z.object({
    /** replyAnswer: the answer to a reply to a task mail that could not act (issue 14). */
    kind: z.enum(['workflow', 'example', 'mailing', 'resend', 'replyAnswer']),
    templateId: Id.optional(),
    itemId: Id.optional(),
    mailingId: Id.optional(),
    /** The engine effect this message carries out: one message per recipient, never twice. */
    effectKey: z.string().optional(),
    /** Mailings not "recorded separately" keep only the mailing's generic copy once sent. */
    keepBody: z.boolean().optional(),
    /** A task mail: the visit of the task it was sent for (a link or reply acts only while that visit lasts). */
    task: z.object({ nodeId: z.string(), enteredAt: Timestamp }).optional(),
  }),
  attempts: z.number().int().min(0).default(0),
  nextAttemptAt: Timestamp.optional(),
  lastError: z.string().optional(),
  /** lastError as a key and parameters the renderer translates (shared/api/reasons.ts). */
  lastErrorReason: ReasonSchema.optional(),
  sentAt: Timestamp.optional(),
  /** The server's answer to the last attempt ("250 2.0.0 OK …"). */
  response: z.string().optional(),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;

/** A mailing's generic copy: what its messages said, rendered without a recipient. */
export const MailingRecord = z.object({
  id: Id,
  createdAt: Timestamp,
  /** None for a mailing with its own typed text. */
  templateId: Id.optional(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});
export type MailingRecord = z.infer<typeof MailingRecord>;

/** The effect keys of messages that moved to the archive on one day (see MessageHistory in main/mail). */
export const ArchivedEffects = z.object({ day: z.iso.date(), keys: z.array(z.string()) });
export type ArchivedEffects = z.infer<typeof ArchivedEffects>;

/** Open work and the last day of history; older history is in the monthly message archive. */
export const OutboxDocument = z.object({
  schemaVersion: z.literal(1),
  messages: z.array(OutboxMessage),
  mailings: z.array(MailingRecord).default([]),
  archivedEffects: z.array(ArchivedEffects).default([]),
  /** The last line of `outbox.json.journal` this file holds (replay skips those up to it); none: 0. */
  journalSeq: z.number().int().nonnegative().optional(),
});
export type OutboxDocument = z.infer<typeof OutboxDocument>;
