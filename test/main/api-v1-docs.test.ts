import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { vatReturn } from '../helpers/items';
import { useTempDirs } from '../helpers/temp-dir';
import type { Reply } from '../helpers/http';

const tempDir = useTempDirs();
let api: ApiTestHost;
let page: Reply;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let doc: any;

beforeAll(async () => {
  api = await startApiTestHost(tempDir('api-v1-docs'), tempDir('renderer'));
  // Data of the office exists before the page is asked for: none of it may show.
  expect((await api.call('POST', '/items', { body: vatReturn('Btw-aangifte Q4 Bakkerij de Korenaar') })).status).toBe(
    201,
  );
  doc = (await api.call('GET', '/openapi.json', { token: null })).json();
  page = await api.call('GET', '/docs', { token: null });
});
afterAll(() => api.close());

const documented = (): string[] =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path}`),
  );

describe('GET /api/v1/docs: the API as a page a person reads', () => {
  it('is served to anyone as HTML under the host’s security headers, with no script', () => {
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.text).not.toMatch(/<script|<link|@import|url\(/i);
  });

  it('has one section per route of the document, grouped under its tag', () => {
    const sections = [...page.text.matchAll(/<section class="route" id="[^"]*" data-route="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(sections.sort()).toEqual(documented().sort());
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops as Record<string, { summary: string; tags: string[] }>)) {
        const section = page.text.split(`data-route="${method.toUpperCase()} ${path}"`)[1]!.split('</section>')[0]!;
        expect(section, `${method} ${path}`).toContain(`/api/v1${path}`);
        expect(section, `${method} ${path}`).toContain(`curl -X ${method.toUpperCase()}`);
        const tagStart = page.text.lastIndexOf(
          '<section class="tag"',
          page.text.indexOf(`data-route="${method.toUpperCase()} ${path}"`),
        );
        expect(page.text.slice(tagStart, tagStart + 200), `${method} ${path}`).toContain(`<h2>${op.tags[0]}</h2>`);
      }
    }
  });

  it('shows each route’s parameters, body schema, responses and a curl example with a bearer token and a sample body', () => {
    const items = page.text.split('data-route="POST /items"')[1]!.split('</section>')[0]!;
    expect(items).toContain('Authorization: Bearer $TOKEN');
    expect(items).toContain("-H 'Content-Type: application/json'");
    expect(items).toMatch(/itemTypeId: string;/);
    expect(items).toContain('>201</span>');
    expect(items).toContain('>422</span>');
    const list = page.text.split('data-route="GET /items"')[1]!.split('</section>')[0]!;
    expect(list).toContain('<td><code>status</code></td><td>query</td>');
    const health = page.text.split('data-route="GET /health"')[1]!.split('</section>')[0]!;
    expect(health).not.toContain('Authorization');
  });

  it('names no other host and holds no data of the office', () => {
    const urls = page.text.match(/https?:\/\/[^\s'"<)]+/gi) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(`http://127.0.0.1:${api.host.port}/api/v1/`), url).toBe(true);
    expect(page.text).not.toContain('Korenaar');
  });
});
