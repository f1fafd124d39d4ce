import { crc32 } from 'node:zlib';
import { z } from 'zod';

/**
 * A snapshot's seal: the last property of the JSON we write, `"seal":"<schema>:<content>"`, with
 * a checksum of the schema the snapshot was checked against when it was written and one of the
 * JSON before the seal. A start that finds both as it would write them knows that the file is
 * our own output, unchanged since, made from data that passed this very schema; it then skips
 * checking each record again. A file edited by hand, damaged, written before seals or by a
 * version whose schema differs is checked in full, as before.
 */
const SEAL = ',"seal":"';

const hex = (n: number) => n.toString(16).padStart(8, '0');

/** A schema's fingerprint, made when first asked: the checksum of its JSON Schema (types, defaults, enums, limits). */
export function fingerprintOf(schema: z.ZodType): () => string {
  let fingerprint: string | undefined;
  return () => (fingerprint ??= hex(crc32(JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' })))));
}

/** The same object schema with each of `arrays` taking its elements as they are: for a sealed snapshot. */
export function unchecked<S extends z.ZodObject>(schema: S, arrays: readonly (keyof S['shape'] & string)[]): z.ZodType<z.infer<S>> {
  return schema.extend(Object.fromEntries(arrays.map((key) => [key, z.array(z.unknown())]))) as unknown as z.ZodType<z.infer<S>>;
}

/** `json` (one object, as JSON.stringify wrote it) with the seal as its last property. */
export function seal(json: string, fingerprint: string): string {
  if (!json.endsWith('}') || json === '{}') throw new Error('only a non-empty JSON object can be sealed');
  return `${json.slice(0, -1)}${SEAL}${fingerprint}:${hex(crc32(json))}"}`;
}

/** The JSON without its seal, and whether the seal holds for it and for `fingerprint`. */
export function unseal(text: string, fingerprint: string): { json: string; intact: boolean } {
  const at = text.lastIndexOf(SEAL);
  const tail = at === -1 ? '' : text.slice(at + SEAL.length);
  const match = /^([0-9a-f]{8}):([0-9a-f]{8})"\}$/.exec(tail);
  if (!match) return { json: text, intact: false };
  const json = `${text.slice(0, at)}}`;
  return { json, intact: match[1] === fingerprint && match[2] === hex(crc32(json)) };
}
