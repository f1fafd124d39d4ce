import { z } from 'zod';
import { CamundaSettings } from './camunda-settings';
import { Email, Id, Language, Text, Timestamp } from './common';
import { Scope } from '../api/caller';
import { OfficeNetworkSettings } from './office-network';
import { OfficeCalendarSettings } from './office-calendar';

export const Theme = z.enum(['light', 'dark', 'system']);
export type Theme = z.infer<typeof Theme>;

export const SmtpSettings = z.object({
  host: z.string().trim().min(1, 'is required'),
  port: z.number().int().min(1).max(65535, 'is not a port number'),
  secure: z.boolean().default(false),
  user: z.string().optional(),
  password: z.string().optional(),
});
export type SmtpSettings = z.infer<typeof SmtpSettings>;

/**
 * The mailbox replies to task mails go to (issue 14): read over IMAP. `address` is its e-mail
 * address; a task mail's Reply-To is that address with the mail's own token after a "+".
 */
export const ImapSettings = z.object({
  host: z.string().trim().min(1, 'is required'),
  port: z.number().int().min(1).max(65535, 'is not a port number'),
  secure: z.boolean().default(true),
  user: z.string().trim().min(1, 'is required'),
  password: z.string().optional(),
  folder: z.string().trim().min(1).default('INBOX'),
  address: Email,
});
export type ImapSettings = z.infer<typeof ImapSettings>;

export const Sender = z.object({ id: Id, name: Text, email: Email });
export type Sender = z.infer<typeof Sender>;

/**
 * A token for the external API v1. The token itself is shown once, when it is created; only its
 * SHA-256 hash (hex) is kept, with its first characters so people can tell tokens apart. A token
 * with an owner acts as that user; one without is an integration token with `scopes` (tokens made
 * before scopes existed read as integration tokens with scope admin).
 */
export const ApiToken = z.object({
  id: Id,
  name: Text,
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 hash'),
  prefix: z.string().min(1).max(20),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.optional(),
  /** The user the token acts as (a person's own token); absent: an integration token. */
  ownerUserId: Id.optional(),
  /** What an integration token may do (ignored for a token with an owner, which may what its owner may). */
  scopes: z.array(Scope).default(['admin']),
});
export type ApiToken = z.infer<typeof ApiToken>;

/**
 * A host name or IP address (no scheme, port or path) that an admin allows webhooks to reach on
 * loopback, private, link-local or CGNAT addresses: an intranet application, a receiver on this computer.
 */
export const WebhookHost = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: 'must not be empty', abort: true })
  .max(253, 'is too long')
  .regex(
    /^(\[[0-9a-f:.]+\]|[0-9a-f:]*:[0-9a-f:.]+|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?)$/,
    'is not a host name or IP address (no http://, port or path)',
  );

/** How long a link in a task mail works unless Settings say otherwise. */
export const DEFAULT_ACTION_LINK_DAYS = 7;

export const Settings = z.object({
  language: Language.default('nl'),
  theme: Theme.default('system'),
  smtp: SmtpSettings.optional(),
  /** Where replies to task mails are read (absent: task mails carry no reply address). */
  imap: ImapSettings.optional(),
  senders: z.array(Sender).default([]),
  defaultSenderId: Id.optional(),
  apiTokens: z.array(ApiToken).default([]),
  /**
   * Tokens made before tokens had owners and scopes, which the update made integration tokens with
   * every right (admin): Settings → API says so until an administrator has read it.
   */
  apiTokensMigrated: z.array(Id).optional(),
  /** Hosts that webhooks may call although they resolve to this computer or a private network (see WebhookHost). */
  webhookAllowedHosts: z.array(WebhookHost).default([]),
  /** How many days the action links in a task mail work (issue 14). */
  actionLinkDays: z
    .number()
    .int('is not a whole number')
    .min(1, 'must be at least 1')
    .max(90, 'must be at most 90')
    .default(DEFAULT_ACTION_LINK_DAYS),
  /** Serving the app to colleagues over HTTPS (off by default); changed only through officeNetwork.update. */
  officeNetwork: OfficeNetworkSettings.prefault({}),
  /** Working days, holidays and time zone (issue 16); changed only through officeCalendar.update. */
  officeCalendar: OfficeCalendarSettings.prefault({}),
  /** Worker mode for a Camunda 8 cluster (issue 15 part 3); changed only through camunda.saveSettings. */
  camunda: CamundaSettings.optional(),
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings = (): Settings => Settings.parse({});

/** The settings as the API shows them: without the API tokens (their hashes stay inside; see apiTokens.list). */
export const SettingsView = Settings.omit({ apiTokens: true, apiTokensMigrated: true, camunda: true });
export type SettingsView = z.infer<typeof SettingsView>;
