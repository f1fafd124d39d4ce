import { z } from 'zod';
import { Email, Id, Language } from '../model/common';
import { Addressee } from '../model/message-setting';
import { MailingRecord, MessageStatus, MessageToKind, OutboxMessage } from '../model/message';
import { Sender, SmtpSettings } from '../model/settings';
import { ReasonSchema } from './reasons';
import { Attachment, MessageTemplate } from '../model/template';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const none = z.object({}).strict();
const byId = z.object({ id: Id }).strict();

export const RenderProblemSchema = z.object({
  kind: z.enum(['compile', 'unknownField', 'emptyField', 'missingLanguage', 'limit', 'render']),
  part: z.enum(['subject', 'html', 'text', 'json']).optional(),
  field: z.string().optional(),
  line: z.number().optional(),
  column: z.number().optional(),
  /** kind limit: which limit the template goes over, and what it allows. */
  limit: z.enum(['length', 'tags', 'nesting', 'subexpressions', 'repeats', 'steps', 'output']).optional(),
  max: z.number().optional(),
  /** kind render: why the template could not be rendered, the helper at fault and the value it could not use. */
  reason: z.enum(['arguments', 'decimals', 'dateStyle', 'unknownHelper', 'failed']).optional(),
  helper: z.string().optional(),
  value: z.string().optional(),
  message: z.string(),
});

const Rendered = z.object({
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  problems: z.array(RenderProblemSchema),
});

/** One step of the fallback chain an address was looked for by (DESIGN §4.2): where, what it found or why nothing. */
export const AddressChainStep = z.object({
  source: z.string(),
  address: z.string().optional(),
  missing: z.string().optional(),
});

export const RecipientSchema = z.object({
  kind: MessageToKind.exclude(['address']),
  id: z.string(),
  name: z.string(),
  email: z.string().optional(),
  external: z.boolean(),
  skip: z.enum(['noAddress', 'noConsent']).optional(),
  resolution: z.object({
    address: z.string().optional(),
    source: z.string().optional(),
    chain: z.array(AddressChainStep),
  }),
});
export type RecipientInfo = z.infer<typeof RecipientSchema>;

export const MailingTarget = z.object({ kind: z.enum(['contacts', 'organisations', 'persons']), id: Id });

/**
 * The sender's name and address for this mailing only, over the chosen sender's. The address must
 * be one of the configured senders' (the server checks): the office's mail server and SPF/DKIM speak
 * only for those, and nobody can send in someone else's name through a mailing.
 */
export const SenderOverride = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/^[^\r\n]*$/, 'must be one line'),
    email: Email,
  })
  .strict();

/** What a preview or an example is rendered from: one real source, or (none given) the sample (of an item type). */
const SourceChoice = {
  /** The sample with example values for this item type's own fields. */
  itemTypeId: Id.optional(),
  /** A real item's data (a record run's: its record). */
  itemId: Id.optional(),
  /** A real CRM record's data, as a run for it would see it. */
  recordId: Id.optional(),
  /** A mailing recipient's data: a contact, organisation or person. */
  recipient: MailingTarget.optional(),
};

export const PreviewInput = z
  .object({
    template: MessageTemplate,
    /** An addressee whose recipients (and their e-mail chain) the preview lists. */
    addressee: Addressee.optional(),
    ...SourceChoice,
  })
  .strict();

/** A field group of the picker: a collection and its field paths. */
const FieldGroup = z.object({ collection: z.string(), fields: z.array(z.string()) });

export const OutboxStatusSchema = z.object({
  paused: z.boolean(),
  queued: z.number(),
  sending: z.number(),
  failed: z.number(),
  via: z.enum(['smtp', 'capture']),
  nextAttemptAt: z.string().optional(),
  lastError: z.string().optional(),
  lastErrorReason: ReasonSchema.optional(),
  /** outbox.json could not be written: nothing is sent until it can be (the worker tries again). */
  writeFailed: z.boolean().optional(),
});

/**
 * A mailing's own text, typed in the wizard when no template fits (seed 003): a subject and a plain
 * text in one language, with the merge fields of a template and files uploaded with
 * templates.addAttachment. It is rendered exactly as a template is; nothing of it is saved as a template.
 */
export const MailingText = z
  .object({
    subject: z.string().trim().min(1, 'must not be empty').max(998, 'is too long'),
    body: z.string().trim().min(1, 'must not be empty').max(100_000, 'is too long'),
    attachments: z.array(Attachment).max(20, 'is too long').default([]),
  })
  .strict();

const count = z.number().int().nonnegative();
/** A mailing with how far it got: its messages by status, in outbox.json and in the archive. */
export const MailingStatus = MailingRecord.extend({
  templateName: z.string().optional(),
  progress: z.object({ total: count, queued: count, sending: count, sent: count, failed: count, skipped: count }),
});
export type MailingStatus = z.infer<typeof MailingStatus>;

export const MailSettings = z.object({
  smtp: SmtpSettings.optional(),
  /** Set when SMTP_URL overrides the settings; the screen shows it read-only. */
  smtpFromEnvironment: z.string().optional(),
  senders: z.array(Sender),
  defaultSenderId: Id.optional(),
});

/** A preview: every language rendered, the recipients the addressee reaches, the fields the source fills. */
export const PreviewOutput = z.object({
  renders: z.partialRecord(Language, Rendered),
  recipients: z.array(RecipientSchema),
  /** The fields the chosen source (or, for the sample, where the template is used) can fill: the picker's. */
  fields: z.array(FieldGroup),
  /** Rendered from the sample: nothing real was chosen. */
  sample: z.boolean(),
});

/** Templates, previews, the outbox and its history, mail settings and mailings. */
export const messageContract = {
  'templates.get': method(byId, MessageTemplate),
  'templates.save': method(
    z.object({ template: MessageTemplate.extend({ id: Id.optional() }) }).strict(),
    MessageTemplate,
  ),
  'templates.remove': method(byId, z.object({ removed: z.literal(true) })),
  /** Store a file for a template's attachments; the template refers to it once saved. */
  'templates.addAttachment': method(
    z
      .object({
        name: z.string().trim().min(1).max(200),
        contentType: z.string().max(200).default('application/octet-stream'),
        base64: z.string().max(11_000_000, 'is larger than 8 MB'),
      })
      .strict(),
    Attachment,
  ),
  'templates.preview': method(PreviewInput, PreviewOutput),
  /** A saved template's preview, from a real item, record or recipient (or the sample). */
  'templates.previewSaved': method(PreviewInput.omit({ template: true }).extend({ id: Id }).strict(), PreviewOutput),
  /** Send the copy the preview shows (same source and addressee) to the sender's own address. */
  'templates.sendExample': method(
    z
      .object({
        template: MessageTemplate,
        language: Language,
        senderId: Id.optional(),
        addressee: Addressee.optional(),
        ...SourceChoice,
      })
      .strict(),
    OutboxMessage,
  ),
  'messages.list': method(
    z
      .object({
        status: MessageStatus.optional(),
        via: z.enum(['smtp', 'capture']).optional(),
        templateId: Id.optional(),
        mailingId: Id.optional(),
        itemId: Id.optional(),
        search: z.string().optional(),
        from: z.iso.date().optional(),
        until: z.iso.date().optional(),
        limit: z.number().int().min(1).max(5000).default(200),
        /** Mail sent to this contact, organisation (or its contacts) or person (or the contacts that are them). */
        recipient: MailingTarget.optional(),
      })
      .strict(),
    z.array(OutboxMessage),
  ),
  'messages.resend': method(byId, OutboxMessage),
  'messages.releaseCaptured': method(none, z.object({ released: z.number().int() })),
  'outbox.status': method(none, OutboxStatusSchema),
  'outbox.pause': method(z.object({ paused: z.boolean() }).strict(), OutboxStatusSchema),
  'mail.settings': method(none, MailSettings),
  'mail.saveSettings': method(
    z
      .object({
        smtp: SmtpSettings.nullable(),
        senders: z.array(Sender.extend({ id: Id.optional() })),
        defaultSenderId: Id.optional(),
      })
      .strict(),
    MailSettings,
  ),
  'mail.testConnection': method(z.object({ smtp: SmtpSettings }).strict(), z.object({ ok: z.literal(true) })),
  /**
   * Before a mailing: who cannot get it (no address, no consent) and, given the template, which
   * of its fields this mailing cannot fill for how many recipients (they render empty), and the
   * first recipient's copy.
   */
  'mailings.check': method(
    z
      .object({
        targets: z.array(MailingTarget).min(1, 'names nobody'),
        templateId: Id.optional(),
        /** The mailing's own text instead of a template. */
        text: MailingText.optional(),
        senderId: Id.optional(),
        language: Language.optional(),
      })
      .strict(),
    z.object({
      recipients: z.array(RecipientSchema),
      /** Fields the template uses that render empty for `empty` of the `of` recipients who get the mail. */
      emptyFields: z.array(z.object({ field: z.string(), empty: z.number().int(), of: z.number().int() })).optional(),
      /** Fields the template uses that a mailing does not have at all (a typo): they come out empty for everyone. */
      unknownFields: z.array(z.string()).optional(),
      /** The first reachable recipient's copy, as it will be sent. */
      preview: z
        .object({
          recipientId: z.string(),
          name: z.string(),
          language: Language,
          subject: z.string(),
          html: z.string(),
          text: z.string(),
        })
        .optional(),
      /** Why the template cannot be sent at all (it does not compile, or goes over a limit). */
      problems: z.array(RenderProblemSchema).optional(),
    }),
  ),
  'mailings.send': method(
    z
      .object({
        targets: z.array(MailingTarget).min(1, 'names nobody'),
        /** A saved template, or (instead) the mailing's own `text`. */
        templateId: Id.optional(),
        text: MailingText.optional(),
        senderId: Id.optional(),
        language: Language.optional(),
        /** Keep each personalised copy in the history; otherwise one generic copy of the mailing. */
        separately: z.boolean().default(true),
        from: SenderOverride.optional(),
      })
      .strict(),
    z.object({ mailingId: Id, queued: z.number().int(), skipped: z.array(RecipientSchema) }),
  ),
  /** One example of the mailing (the first reachable recipient's copy) to the sender's own address only. */
  'mailings.sendExample': method(
    z
      .object({
        targets: z.array(MailingTarget).min(1, 'names nobody'),
        /** A saved template, or (instead) the mailing's own `text`. */
        templateId: Id.optional(),
        text: MailingText.optional(),
        senderId: Id.optional(),
        language: Language.optional(),
        from: SenderOverride.optional(),
      })
      .strict(),
    OutboxMessage,
  ),
  /** Stop a mailing: what was sent stays sent, what still waits is not sent. */
  /** Every mailing with its progress, newest first. */
  'mailings.list': method(none, z.array(MailingStatus)),
  'mailings.get': method(z.object({ mailingId: Id }).strict(), MailingStatus),
  'mailings.cancel': method(z.object({ mailingId: Id }).strict(), z.object({ cancelled: z.number().int() })),
} as const;
