import { z } from 'zod';
import { Email, Id, Language, Text } from './common';
import { validationMessages as m } from './messages';

export const ActionRoles = ['approve', 'reject', 'complete', 'custom'] as const;
export const ActionRole = z.enum(ActionRoles);
export type ActionRole = z.infer<typeof ActionRole>;

/** The kinds of field an item type's form can hold (money: a number of euros with at most two decimals). */
export const FieldTypes = [
  'text',
  'longText',
  'number',
  'money',
  'date',
  'choice',
  'boolean',
  'user',
  'contact',
  'organisation',
  'attachment',
] as const;
export type FieldType = (typeof FieldTypes)[number];

/** A short text per UI language (a field's label or help); a missing language falls back to `label`. */
export const PerLanguage = z.partialRecord(Language, z.string().trim().max(500, m.tooLong));
export type PerLanguage = z.infer<typeof PerLanguage>;

/**
 * A field that items of a type carry, in form order (shown in forms, usable in conditions and
 * templates). `label` is the name the API and templates show; `labels`/`help` per UI language.
 */
export const FieldDef = z.object({
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must start with a letter and hold only letters, digits and _'),
  label: Text,
  labels: PerLanguage.optional(),
  help: PerLanguage.optional(),
  type: z.enum(FieldTypes),
  /** For choice: the values it may take. */
  options: z.array(Text).optional(),
  required: z.boolean().default(false),
});
export type FieldDef = z.infer<typeof FieldDef>;

/** An http(s) address to deliver to. */
export const WebhookUrl = z.url({ protocol: /^https?$/, error: m.url });
/** Extra request headers by name. */
export const WebhookHeaders = z.record(
  z.string().regex(/^[A-Za-z0-9-]+$/),
  z
    .string()
    .max(4000, m.tooLong)
    .regex(/^[^\r\n]*$/, 'must be one line'),
  {
    error: (issue) => (issue.code === 'invalid_key' ? 'is not a header name' : undefined),
  },
);

/**
 * Where an approved message goes (seed 002, DESIGN.md §4.4): POSTed as JSON to another
 * application's address, retried while it cannot be reached, or mailed to an address.
 */
export const Connector = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('webhook'),
    url: WebhookUrl,
    /** Extra request headers, e.g. the receiver's own authorization. */
    headers: WebhookHeaders.default({}),
    /** Attempts before the delivery counts as failed; between them 1, 5, 30 minutes, then 2 hours. */
    maxAttempts: z.number().int().min(1).max(20).default(6),
  }),
  z.object({ type: z.literal('mail'), to: Email, templateId: Id }),
]);
export type Connector = z.infer<typeof Connector>;

/**
 * Seed 002: new items go to a workflow per value of one of the type's choice fields (instantie:
 * Belastingdienst → one workflow, KvK → another); a value without a route enters the type's default.
 */
export const ItemRouting = z.object({
  fieldKey: z.string().min(1, m.required),
  byValue: z.array(z.object({ value: Text, workflowId: Id })).default([]),
});
export type ItemRouting = z.infer<typeof ItemRouting>;

/** The kind of an item: which workflow its items enter, confidentiality, required actions. */
export const ItemType = z.object({
  id: Id,
  name: Text,
  description: z.string().trim().max(2000).optional(),
  /** New items of this type are marked confidential. */
  confidential: z.boolean().default(false),
  /** Action roles every workflow of this type must contain (approval messages: approve and reject). */
  requiredActions: z.array(ActionRole).default([]),
  fields: z.array(FieldDef).default([]),
  /** The published workflow its items enter when submitted (the default when `routing` has no route). */
  workflowId: Id.optional(),
  /** Optionally, a workflow per value of one choice field. */
  routing: ItemRouting.optional(),
  /** Approval messages: where an approved item's payload is delivered. */
  connector: Connector.optional(),
});
export type ItemType = z.infer<typeof ItemType>;
