import { z } from 'zod';
import { Id, Text } from './common';

export const ActionRoles = ['approve', 'reject', 'complete', 'custom'] as const;
export const ActionRole = z.enum(ActionRoles);
export type ActionRole = z.infer<typeof ActionRole>;

export const FieldTypes = ['text', 'number', 'date', 'boolean', 'user', 'choice'] as const;

/** A field that items of a type carry (shown in forms, usable in conditions and templates). */
export const FieldDef = z.object({
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must start with a letter and hold only letters, digits and _'),
  label: Text,
  type: z.enum(FieldTypes),
  options: z.array(Text).optional(),
  required: z.boolean().default(false),
});
export type FieldDef = z.infer<typeof FieldDef>;

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
  /** The workflow its items enter when submitted. */
  workflowId: Id.optional(),
});
export type ItemType = z.infer<typeof ItemType>;
