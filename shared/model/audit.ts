import { z } from 'zod';
import { Id, Timestamp } from './common';

/**
 * What the audit trail records. Each kind has its words in the renderer (audit-*.ts) and a place
 * in the rules (shared/audit/audit-rules.ts) or in main/ (the start's restores).
 */
export const AuditActions = [
  'firstAdministrator',
  'signedIn',
  'signInFailed',
  'signedOut',
  'passwordChanged',
  'passwordSet',
  'sessionsEnded',
  'accountRemoved',
  'settingsChanged',
  'directoryChanged',
  'directoryImported',
  'workflowPublished',
  'workflowRestored',
  'workflowImported',
  'workflowRemoved',
  'workflowChanged',
  'itemTypeChanged',
  'tokenCreated',
  'tokenRevoked',
  'tokenUsed',
  'intervened',
  'mailingSent',
  'messagesReleased',
  'paused',
  'dataRestored',
  'refused',
] as const;
export const AuditAction = z.enum(AuditActions);
export type AuditAction = z.infer<typeof AuditAction>;

/**
 * What an entry's details may say. Values are data (a host, a number) shown as they are, except
 * under the coded keys, whose values are codes the renderer puts in words (an error code, a kind).
 */
export const AuditDetailKeys = [
  'version',
  'rows',
  'added',
  'updated',
  'refused',
  'organisationsAdded',
  'sessions',
  'released',
  'queued',
  'notSent',
  'paused',
  'language',
  'theme',
  'webhookAllowedHosts',
  'smtp',
  'imap',
  'camunda',
  'senders',
  'webhook',
  'mailTo',
  'login',
  'scopes',
  'owner',
  'reassignedTo',
  'movedTo',
  'reason',
  'method',
  'file',
  'since',
  'change',
  'entryKind',
  'error',
  'notice',
  'subject',
  'enabled',
  'port',
  'hostNames',
  'fingerprint',
  'workingDays',
  'openingHours',
  'holidaysOf',
  'closingDays',
  'partTimers',
  'timeZone',
] as const;
export type AuditDetailKey = (typeof AuditDetailKeys)[number];
/** Keys whose values are codes (see AuditDetailKeys). */
export const codedAuditDetails = [
  'change',
  'entryKind',
  'error',
  'notice',
  'subject',
] as const satisfies readonly AuditDetailKey[];
export type AuditDetails = Partial<Record<AuditDetailKey, string | number | boolean>>;

/** Who did it: a person, another application (its token), nobody signed in, or Stroomlijn itself. */
export const AuditActor = z.object({
  kind: z.enum(['user', 'integration', 'anonymous', 'system']),
  userId: Id.optional(),
  /** The token it came through (an integration's, or a person's own token). */
  tokenId: Id.optional(),
  /** That token's name at the time (for a person's own token; an integration's is `name`). */
  tokenName: z.string().max(500).optional(),
  /** The name at the time (a user's display name, a token's name, a login that was tried). */
  name: z.string().max(500),
});
export type AuditActor = z.infer<typeof AuditActor>;

/** One line of the audit trail: who, when, what, from where. Never a password, a token or a secret. */
export const AuditEntry = z.object({
  id: Id,
  at: Timestamp,
  action: AuditAction,
  actor: AuditActor,
  /** An IP address, "desktop" (the window on this computer), or "" for Stroomlijn itself. */
  from: z.string().max(100),
  /** The user it was done to or about (a password set, a failed sign-in with their login), for the filter. */
  aboutUserId: Id.optional(),
  /** What it was done to, in words (a workflow's name and version, a user, a token's name, a method). */
  target: z.string().max(500).optional(),
  /** More about it (which settings, how many rows, why it failed), each under a key the renderer names. */
  details: z
    .partialRecord(z.enum(AuditDetailKeys), z.union([z.string().max(2000), z.number(), z.boolean()]))
    .optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
