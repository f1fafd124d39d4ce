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
  return () =>
    (fingerprint ??= hex(crc32(JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' })))));
}

/** The same object schema with each of `arrays` taking its elements as they are: for a sealed snapshot. */
export function unchecked<S extends z.ZodObject>(
  schema: S,
  arrays: readonly (keyof S['shape'] & string)[],
): z.ZodType<z.infer<S>> {
  return schema.extend(Object.fromEntries(arrays.map((key) => [key, z.array(z.unknown())]))) as unknown as z.ZodType<
    z.infer<S>
  >;
}

/**
 * `json` (one object, as JSON.stringify wrote it) with the seal as its last property, as the bytes
 * to write: encoded once, and the checksum taken of those bytes.
 */
export function seal(json: string, fingerprint: string): Buffer {
  if (!json.endsWith('}') || json === '{}') throw new Error('only a non-empty JSON object can be sealed');
  const bytes = Buffer.from(json, 'utf8');
  const body = bytes.subarray(0, -1);
  return Buffer.concat([body, Buffer.from(`${SEAL}${fingerprint}:${hex(crc32(bytes))}"}`, 'latin1')]);
}

/**
 * Whether `text` ends in a seal that holds for the JSON before it and for `fingerprint`. The text
 * is parsed as it is (the seal is one more property, which the schema drops): cutting the seal off
 * would copy the whole text. Given the file's `bytes` (which `text` was decoded from), the
 * checksum is taken of those: twenty times faster than of the text, which it would encode again.
 */
export function sealHolds(text: string, fingerprint: string, bytes?: Uint8Array): boolean {
  const at = text.lastIndexOf(SEAL);
  const match = at === -1 ? null : /^([0-9a-f]{8}):([0-9a-f]{8})"\}$/.exec(text.slice(at + SEAL.length));
  if (!match || match[1] !== fingerprint) return false;
  // The checksum of the JSON as it was sealed: the text before the seal, then its closing brace.
  // The seal is ASCII, so in the bytes it starts as many bytes from the end as it has characters.
  const before = bytes ? bytes.subarray(0, bytes.length - (text.length - at)) : text.slice(0, at);
  return match[2] === hex(crc32('}', crc32(before)));
}
