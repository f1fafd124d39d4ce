import { z } from 'zod';

/** A field's schema without the default it would fill in when the field is left out. */
const withoutDefault = (schema: z.ZodType): z.ZodType => {
  const def = schema.def as { type: string; innerType?: z.ZodType };
  return (def.type === 'default' || def.type === 'prefault') && def.innerType ? withoutDefault(def.innerType) : schema;
};

/**
 * The input of a partial update: every field optional, and a field left out stays out. zod's
 * `.partial()` keeps each field's `.default()`, so a change of one field would reset the others to
 * their defaults (choosing Dark set the language back to Dutch).
 */
export function partialUpdate<S extends z.ZodRawShape>(object: z.ZodObject<S>) {
  const fields = Object.entries(object.shape).map(([key, field]) => [
    key,
    withoutDefault(field as z.ZodType).optional(),
  ]);
  const shape = Object.fromEntries(fields);
  return z.object(shape as unknown as { [K in keyof S]: z.ZodOptional<S[K]> }).strict();
}
