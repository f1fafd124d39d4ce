import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp.ts';
import { precompress } from './vite-precompress.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

// Builds the renderer into dist/renderer with relative asset paths, so the same files load from
// app://stroomlijn/ in Electron and from the browser host. Both send the CSP as a header; it also
// goes in as a <meta>, so the page carries it wherever it is opened from.
export default defineConfig({
  root: here,
  base: './',
  // `@shared/…` is shared/ (the same alias as tsconfig.json's paths).
  resolve: { alias: { '@shared': fileURLToPath(new URL('../shared', import.meta.url)) } },
  plugins: [
    react(),
    precompress(),
    {
      name: 'stroomlijn-csp',
      transformIndexHtml: (html) =>
        html.replace(
          '<meta charset="utf-8" />',
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/; frame-ancestors 'none'/, '')}" />`,
        ),
    },
  ],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // The compressing plugin takes most of a short build on purpose; no warning about plugin timings.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});
