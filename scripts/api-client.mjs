// `npm run api:client`: writes test/api-client/generated/api-v1.d.ts from the API v1's OpenAPI document.
// Starts nothing: bundles the route table and the document builder (TypeScript) with esbuild and runs them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules', '.cache', 'api-client', 'types-of.mjs');
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, 'test/api-client/types-of.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: out,
  logLevel: 'warning',
});
const { typesOf, currentDocument, GENERATED_TYPES } = await import(pathToFileURL(out).href);
writeFileSync(join(root, GENERATED_TYPES), await typesOf(currentDocument()));
console.log(`Wrote ${GENERATED_TYPES}`);
