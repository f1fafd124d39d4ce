import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';
import { ADMIN_LOGIN } from '../helpers/sign-in';
import { switchUser } from '../helpers/sign-in-page';

// Eva submits, Bram reviews: each has a sign-in of their own.
const app = useAppInBrowser({
  async prepare(host) {
    await host.signInAs('user-eva', 'eva');
    await host.signInAs('user-bram', 'bram');
  },
});

describe('the Work area in Chromium', () => {
  it('submits an approval item, and a reviewer rejects it with a reaction from their task list', async () => {
    await switchUser(app.page, `${app.host.url}#/work`, 'eva');
    await app.page.getByRole('button', { name: 'Nieuw dossieritem' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByLabel('Type dossieritem').selectOption({ label: 'Accorderingsbericht (Profit)' });
    await dialog.getByLabel('Onderwerp').fill('Btw-aangifte Q4');
    // Sent without its required fields: the problems show at them (checked by the API), nothing is submitted.
    await dialog.getByRole('button', { name: 'Insturen' }).click();
    await dialog.getByText('Controleer de gemarkeerde velden.').waitFor();
    expect(await dialog.locator('.field-error').allTextContents()).toEqual(['is verplicht', 'is verplicht']);
    // The one error of the page so far is the refusal this step provoked.
    const refused = 'Failed to load resource: the server responded with a status of 400 (Bad Request)';
    await expect.poll(() => app.errors).toEqual([refused]);
    app.errors.splice(0);
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await app.page.setViewportSize({ width, height });
      await app.page.screenshot({ path: join(outputDir, `work-new-item-problems-${width}.png`) });
    }
    await app.page.setViewportSize({ width: 1440, height: 900 });
    await dialog.getByLabel('Berichtsoort').selectOption('btw-aangifte');
    await dialog.getByLabel('Instantie').selectOption('Belastingdienst');
    await dialog.getByRole('button', { name: 'Insturen' }).click();
    await app.page.getByRole('heading', { name: /D-\d{4}-0001 · Btw-aangifte Q4/ }).waitFor();
    expect(await app.page.locator('.task-card strong').textContent()).toBe('Beoordelen aangifte klant');

    await switchUser(app.page, `${app.host.url}#/work`, 'bram');
    const row = app.page.getByRole('row', { name: /Beoordelen aangifte klant/ });
    await row.waitFor();
    await row.getByRole('button', { name: 'Afkeuren bericht' }).click();
    await app.page.getByRole('dialog').getByLabel('Reactie', { exact: true }).fill('De periode klopt niet');
    await app.page.getByRole('dialog').getByLabel('Extern', { exact: false }).check();
    await app.page.getByRole('dialog').getByRole('button', { name: 'Afkeuren bericht' }).click();
    await app.page.getByText('Je hebt nu geen taken.').waitFor();
    // The item is confidential: Bram no longer has a task in it, the submitter still sees it.
    await app.page.getByRole('tab', { name: /Dossieritems/ }).click();
    await expect.poll(() => app.page.getByRole('link', { name: /Btw-aangifte Q4/ }).count()).toBe(0);
    await switchUser(app.page, `${app.host.url}#/work`, 'eva');
    await app.page.getByRole('tab', { name: /Dossieritems/ }).click();
    await app.page.getByRole('link', { name: /Btw-aangifte Q4/ }).click();
    await app.page.getByText('De periode klopt niet').waitFor();
    expect(await app.page.locator('.task-card strong').textContent()).toBe('Beoordelen reactie van klant');
    // The history says who did what.
    const history = app.page.locator('ol.history li');
    await expect
      .poll(() => history.allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/Actie uitgevoerd · Afkeuren bericht · Bram Jansen/)]));
    expect((await history.allTextContents()).some((line) => /Ingestuurd · Eva Smit \(portal\)/.test(line))).toBe(true);
    await app.page.screenshot({ path: join(outputDir, 'work-item.png') });

    // The mail to the submitter, with the external reaction, waits in the capture mailbox (no SMTP server here); an administrator sees it.
    await switchUser(app.page, `${app.host.url}#/messages/capture`, ADMIN_LOGIN);
    const mail = app.page.getByRole('row', { name: /Uw btw-aangifte is afgekeurd/ });
    await mail.waitFor();
    await mail.click();
    const frame = app.page.frameLocator('.message-detail iframe');
    await expect.poll(() => frame.locator('body').textContent()).toContain('De periode klopt niet');
    expect(app.errors).toEqual([]);
  });
});
