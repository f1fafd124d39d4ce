// Bundles main/ for Node and Electron with esbuild (types are checked by `npm run typecheck`).
//   dist/main/start.js     `npm start`: Electron when installed, else the browser host (ESM, Node)
//   dist/main/electron.cjs Electron's main process (package.json "main")
//   dist/main/preload.cjs  the sandboxed preload (CommonJS: sandboxed preloads cannot be ESM)
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  legalComments: 'none',
};

// Packages stay external for start.js, but a package's JSON is bundled: esbuild drops the import
// attribute (`with { type: 'json' }`) that Node needs to load it (the BPMN export's zeebe schema).
const require = createRequire(import.meta.url);
const bundleJson = {
  name: 'bundle-json',
  setup: (b) =>
    b.onResolve({ filter: /\.json$/ }, (args) =>
      args.path.startsWith('.') ? undefined : { path: require.resolve(args.path, { paths: [args.resolveDir] }) },
    ),
};

// A few packages are bundled into start.js all the same, for they cost every start far more as
// packages: zod is some hundred small ES modules that Node resolves, reads and compiles one by one,
// handlebars (with source-map, which its compiler requires) some thirty CommonJS files; bundled,
// each loads in about half the time. A package asked for from our code resolves as an import (zod's
// ES build), one a bundled CommonJS file requires as a require, from beside that file.
const bundledPackages = ['zod', 'handlebars', 'source-map'];
const bundlePackages = {
  name: 'bundle-packages',
  setup: (b) =>
    b.onResolve({ filter: new RegExp(`^(${bundledPackages.join('|')})(/|$)`) }, (args) => ({
      path:
        args.kind === 'require-call'
          ? require.resolve(args.path, { paths: [args.resolveDir] })
          : fileURLToPath(import.meta.resolve(args.path)),
    })),
};

// The Electron bundle is CommonJS, where esbuild leaves import.meta empty: its URL is the bundle's own,
// so a createRequire(import.meta.url) there (the holidays, loaded on first use) finds node_modules too.
const importMetaUrl = {
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['main/start.ts'],
    outfile: 'dist/main/start.js',
    format: 'esm',
    packages: 'external',
    plugins: [bundlePackages, bundleJson],
  }),
  // pdfkit reads its font metrics from files beside its own code, and @camunda8/sdk its gRPC protos
  // (and is loaded only when worker mode is on), so both stay in node_modules; so does date-holidays,
  // which main/calendar/holidays-library.ts requires from there on first use.
  build({
    ...common,
    entryPoints: ['main/electron/main.ts'],
    outfile: 'dist/main/electron.cjs',
    format: 'cjs',
    external: ['electron', 'pdfkit', '@camunda8/sdk'],
    ...importMetaUrl,
  }),
  build({
    ...common,
    entryPoints: ['main/electron/preload.ts'],
    outfile: 'dist/main/preload.cjs',
    format: 'cjs',
    external: ['electron'],
    platform: 'browser',
  }),
]);
