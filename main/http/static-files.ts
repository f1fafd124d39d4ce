import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { contentTypeOf } from './content-types';
import { encodedVariant } from './encoded-file';

/** The built renderer: hashed assets cached for good; any other path gets the app's page. */
export function createStaticFiles(rootDir: string, indexHtml: () => string) {
  const root = normalize(rootDir + sep);
  /** `acceptEncoding`: the request's header; an asset the build compressed goes out compressed. */
  return async function serve(
    pathname: string,
    res: ServerResponse,
    acceptEncoding?: string | string[],
  ): Promise<void> {
    const relative = decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = normalize(join(root, relative));
    if (relative !== '' && file.startsWith(root) && extname(file) !== '.html') {
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) {
        const asset = relative.startsWith('assets/');
        const encoded = asset ? await encodedVariant(file, acceptEncoding) : null;
        res.writeHead(200, {
          'content-type': contentTypeOf(file),
          'cache-control': asset ? 'public, max-age=31536000, immutable' : 'no-cache',
          ...(asset ? { vary: 'accept-encoding' } : {}),
          ...(encoded ? { 'content-encoding': encoded.coding } : {}),
        });
        res.end(await readFile(encoded?.path ?? file));
        return;
      }
      if (relative.startsWith('assets/')) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return;
      }
    }
    res.writeHead(200, { 'content-type': contentTypeOf('index.html'), 'cache-control': 'no-store' });
    res.end(indexHtml());
  };
}
