/** A JSON Schema of the OpenAPI document, as the docs page shows it: TypeScript-like text and a sample value. */
type Json = Record<string, unknown>;

const MAX_DEPTH = 6;
const pad = (depth: number) => '  '.repeat(depth);
const refName = (ref: string) => ref.split('/').at(-1) ?? ref;
const literal = (value: unknown) => JSON.stringify(value);
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One schema as readable text: `{ subject: string; amount?: number | null }`, enums as `"a" | "b"`. */
export function schemaText(schema: unknown, depth = 0): string {
  if (!isObject(schema)) return 'any';
  if (typeof schema.$ref === 'string') return refName(schema.$ref);
  if ('const' in schema) return literal(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map(literal).join(' | ');
  const union = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (Array.isArray(union)) return union.map((s) => schemaText(s, depth)).join(' | ');
  if (Array.isArray(schema.allOf)) return schema.allOf.map((s) => schemaText(s, depth)).join(' & ');
  if (Array.isArray(schema.type)) return schema.type.map((t) => schemaText({ ...schema, type: t }, depth)).join(' | ');
  switch (schema.type) {
    case 'string':
      return typeof schema.format === 'string' ? `string (${schema.format})` : 'string';
    case 'number':
    case 'integer':
    case 'boolean':
    case 'null':
      return schema.type;
    case 'array': {
      const items = schemaText(schema.items, depth);
      return /[ |&]/.test(items) && !items.startsWith('{') ? `(${items})[]` : `${items}[]`;
    }
    case 'object':
      return objectText(schema, depth);
    default:
      return 'any';
  }
}

function objectText(schema: Json, depth: number): string {
  const properties = isObject(schema.properties) ? Object.entries(schema.properties) : [];
  const extra = schema.additionalProperties;
  if (!properties.length) return isObject(extra) ? `{ [key: string]: ${schemaText(extra, depth)} }` : '{ … }';
  if (depth >= MAX_DEPTH) return '{ … }';
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const lines = properties.map(([name, value]) => {
    const description = isObject(value) && typeof value.description === 'string' ? `  // ${value.description}` : '';
    const optional = required.has(name) ? '' : '?';
    return `${pad(depth + 1)}${name}${optional}: ${schemaText(value, depth + 1)};${description}`;
  });
  return `{\n${lines.join('\n')}\n${pad(depth)}}`;
}

/** A value that fits the schema, for the curl example: required fields only (all when none is required). */
export function sampleOf(schema: unknown, depth = 0): unknown {
  if (!isObject(schema) || depth > MAX_DEPTH) return null;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  const union = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (Array.isArray(union)) return sampleOf(union.find((s) => !isObject(s) || s.type !== 'null') ?? union[0], depth);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return schema.format === 'date-time'
        ? '2026-11-26T18:00:00.000Z'
        : schema.format === 'date'
          ? '2026-11-26'
          : 'text';
    case 'number':
    case 'integer':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return true;
    case 'array':
      return [sampleOf(schema.items, depth + 1)];
    case 'object': {
      const properties = isObject(schema.properties) ? Object.entries(schema.properties) : [];
      const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
      const shown = required.length ? properties.filter(([name]) => required.includes(name)) : properties;
      return Object.fromEntries(shown.map(([name, value]) => [name, sampleOf(value, depth + 1)]));
    }
    default:
      return null;
  }
}
