import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, isAppUrl, registerAppScheme, serveRenderer } from '../../../main/electron/app-protocol';
import { pathNames, rendererFile } from '../../../main/electron/renderer-file';
import { CONTENT_SECURITY_POLICY } from '@shared/security/csp';
import { fakeElectron } from '../../helpers/fake-electron';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const SECRET = 'the-secret-outside-the-renderer';

/** A built renderer in <tmp>/renderer, with a secret beside it and links that lead in and out. */
function builtRenderer() {
  const base = tempDir('app-protocol');
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Stroomlijn</title>');
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'wOF2');
  writeFileSync(join(root, 'assets', 'data.bin'), 'bin');
  writeFileSync(join(base, 'secret.txt'), SECRET);
  mkdirSync(join(base, 'elsewhere'));
  writeFileSync(join(base, 'elsewhere', 'secret.txt'), SECRET);
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'leak.txt'));
  symlinkSync(join(base, 'elsewhere'), join(root, 'assets', 'out'));
  symlinkSync(join(root, 'assets', 'index-abc.js'), join(root, 'assets', 'alias.js'));
  return { base, root, serve: serveRenderer(root) };
}

const get = (serve: (r: Request) => Promise<Response>, url: string, method = 'GET') =>
  serve(new Request(url, { method }));

describe('the app scheme', () => {
  it('is registered as standard and secure before the app is ready, and does not bypass the CSP', () => {
    const fake = fakeElectron();
    registerAppScheme(fake.electron.protocol);
    expect(fake.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
    ]);
    expect(fake.schemes[0]!.privileges).not.toHaveProperty('bypassCSP');
  });

  it('names only its own origin', () => {
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('app://stroomlijn/index.html#/work/inbox')).toBe(true);
    const others = ['app://stroomlijn.evil/', 'app://evil/', 'https://stroomlijn/', 'app://x@stroomlijn/', ''];
    for (const url of others) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('serving the built renderer on app://stroomlijn/', () => {
  it('serves the page and its files with their content types and the CSP on every answer', async () => {
    const { serve } = builtRenderer();
    const expected: [string, string][] = [
      ['app://stroomlijn/', 'text/html; charset=utf-8'],
      ['app://stroomlijn/index.html', 'text/html; charset=utf-8'],
      ['app://stroomlijn/favicon.svg', 'image/svg+xml'],
      ['app://stroomlijn/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['app://stroomlijn/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['app://stroomlijn/assets/font.woff2', 'font/woff2'],
      ['app://stroomlijn/assets/data.bin', 'application/octet-stream'],
      ['app://stroomlijn/assets/alias.js', 'text/javascript; charset=utf-8'],
    ];
    for (const [url, type] of expected) {
      const response = await get(serve, url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
    const page = await get(serve, 'app://stroomlijn/index.html');
    expect(await page.text()).toBe('<!doctype html><title>Stroomlijn</title>');
    expect(await (await get(serve, 'app://stroomlijn/assets/alias.js')).text()).toBe('console.log(1)');
  });

  it('refuses every way out of the folder: .., encoded dots and slashes, absolute paths, links out', async () => {
    const { serve } = builtRenderer();
    const attempts = [
      'app://stroomlijn/../secret.txt',
      'app://stroomlijn/assets/../../secret.txt',
      'app://stroomlijn/%2e%2e/secret.txt',
      'app://stroomlijn/%2E%2E/%2E%2E/secret.txt',
      'app://stroomlijn/..%2fsecret.txt',
      'app://stroomlijn/assets/..%2f..%2fsecret.txt',
      'app://stroomlijn/..%5csecret.txt',
      'app://stroomlijn/%2e%2e%5csecret.txt',
      'app://stroomlijn//etc/passwd',
      'app://stroomlijn/%2fetc%2fpasswd',
      'app://stroomlijn/C:%5cWindows%5cwin.ini',
      'app://stroomlijn/assets/leak.txt',
      'app://stroomlijn/assets/out/secret.txt',
      'app://stroomlijn/index.html%00.js',
      'app://stroomlijn/%zz',
    ];
    for (const url of attempts) {
      const response = await get(serve, url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain(SECRET);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers 404 for what the folder does not hold, folders, client routes and other hosts', async () => {
    const { serve } = builtRenderer();
    for (const url of [
      'app://stroomlijn/missing.js',
      'app://stroomlijn/assets',
      'app://stroomlijn/assets/',
      'app://stroomlijn/work/inbox',
      'app://elsewhere/index.html',
    ]) {
      const response = await get(serve, url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-type'), url).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const { serve } = builtRenderer();
    const head = await get(serve, 'app://stroomlijn/assets/index-abc.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await head.text()).toBe('');
    const post = await get(serve, 'app://stroomlijn/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses raw path names that climb, are empty, encode a separator or do not decode', async () => {
    // Chromium and the URL parser fold `..` away before the handler sees it; these are the raw forms.
    const raw = ['/../x', '/assets/%2e%2e/%2e%2e/x', '/./index.html', '/a//b', '/%2F', '/%5C', '/a%00', 'x'];
    raw.push('/%E0%A4%A');
    raw.push('/D:', '/C:%5cWindows');
    for (const path of raw) {
      expect(pathNames(path), path).toBeNull();
    }
    expect(pathNames('/')).toEqual(['index.html']);
    expect(pathNames('/assets/index%20x.js')).toEqual(['assets', 'index x.js']);
    const { root, base } = builtRenderer();
    expect(await rendererFile(root, '/../secret.txt')).toBeNull();
    expect(await rendererFile(root, '/assets/leak.txt')).toBeNull();
    expect(await rendererFile(join(base, 'no-such-folder'), '/index.html')).toBeNull();
    expect(await rendererFile(root, '/favicon.svg')).toBe(realpathSync(join(root, 'favicon.svg')));
  });
});
