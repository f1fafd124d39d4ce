import { z } from 'zod';
import { Id, Language, Text } from './common';

export const Channel = z.enum(['email', 'inbox', 'both']);
export type Channel = z.infer<typeof Channel>;

/** Subject and body of a template in one language. */
export const TemplateText = z.object({
  subject: z.string().max(998, 'is longer than a mail subject may be'),
  html: z.string(),
  /** Plain text; derived from the HTML when absent. */
  text: z.string().optional(),
});
export type TemplateText = z.infer<typeof TemplateText>;

/** A file sent with every message of a template; stored in the data folder under its id. */
export const Attachment = z.object({
  id: Id,
  name: Text,
  contentType: z.string().min(1).default('application/octet-stream'),
  size: z.number().int().min(0),
});
export type Attachment = z.infer<typeof Attachment>;

/** A Handlebars message template with a text per language (DESIGN §5). */
export const MessageTemplate = z.object({
  id: Id,
  name: Text,
  channel: Channel.default('email'),
  /** For external recipients (portal users): must use the last *external* reaction. */
  audience: z.enum(['internal', 'external']).default('internal'),
  texts: z.partialRecord(Language, TemplateText),
  attachments: z.array(Attachment).default([]),
  /** Attach the rendered document as a read-only PDF. */
  generatedPdf: z.boolean().default(false),
});
export type MessageTemplate = z.infer<typeof MessageTemplate>;
