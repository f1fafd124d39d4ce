import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Which built files get compressed copies: text that is fetched by the page. */
export const COMPRESSIBLE = /\.(js|css|svg|json|html)$/;

/**
 * Writes `name.br` and `name.gz` beside each built text asset, compressed once at build time, so the host
 * serves them as they are (issue 17: the app's script went out uncompressed). Brotli at quality 9, not 11:
 * a few per cent larger, several seconds less on every build. Chromium asks for brotli over HTTPS only
 * (the office network); the browser host on 127.0.0.1 gets gzip.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'stroomlijn-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name) && name.startsWith('assets/'));
      await Promise.all(
        files.map(async (name) => {
          const file = join(outDir, name);
          const raw = await readFile(file);
          const params = { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length };
          await writeFile(`${file}.br`, await brotli(raw, { params }));
          await writeFile(`${file}.gz`, await gz(raw, { level: 9 }));
        }),
      );
    },
  };
}
