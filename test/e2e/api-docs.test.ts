import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser';
import { shootBothSizes } from '../helpers/screenshots';

const app = useAppInBrowser();

describe('the readable API docs', () => {
  it('Settings → API links to /api/v1/docs, which renders under the host’s CSP with nothing refused', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/settings`);
    const link = page.getByRole('link', { name: 'Lees de beschrijving van de API' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`http://127.0.0.1:${app.host.port}/api/v1/docs`);
    await link.scrollIntoViewIfNeeded();
    await shootBothSizes(page, 'settings-api-docs-link');

    const [docs] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    const refused: string[] = [];
    docs.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text());
    });
    await docs.getByRole('heading', { level: 1, name: /Stroomlijn API v1/ }).waitFor();
    expect(await docs.locator('section.route').count()).toBeGreaterThan(20);
    await docs.getByRole('link', { name: 'Items', exact: true }).click();
    await docs.locator('section.route[data-route="POST /items"]').waitFor();
    await shootBothSizes(docs, 'api-docs');
    expect(refused).toEqual([]);
    await docs.close();
  });
});
