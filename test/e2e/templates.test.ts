import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';

// The hostile-content test makes the frame log blocked scripts; only thrown errors count here.
const app = useAppInBrowser({ viewport: { width: 1600, height: 950 }, consoleErrors: false });
beforeAll(() => void app.page.on('dialog', (d) => void d.accept()));

const subject = (language: string) => app.page.getByTestId(`subject-${language}`);

describe('templates with live preview, in Chromium', () => {
  it('writes a template with a field from the picker and sees the preview follow', async () => {
    await app.page.goto(`${app.host.url}#/templates/new`);
    await app.page.getByLabel('Naam').fill('Welkom');
    const subjectInput = app.page.getByLabel('Onderwerp');
    await subjectInput.fill('Welkom ');
    await app.page.getByRole('button', { name: 'Name', exact: true }).first().click();
    await expect.poll(() => subjectInput.inputValue()).toBe('Welkom {{Recipient.Name}}');
    await expect.poll(() => subject('nl').textContent()).toBe('Welkom Bram Jansen');

    // Completion while typing in the body.
    const body = app.page.getByLabel('Inhoud (HTML)');
    await body.click();
    await body.pressSequentially('<p>Over {{Item.Subj');
    await app.page.getByRole('listbox').getByRole('option', { name: '{{Item.Subject}}' }).click();
    await expect.poll(() => body.inputValue()).toBe('<p>Over {{Item.Subject}}');
    const frame = app.page.frameLocator('iframe[title="Voorbeeld nl"]');
    await expect.poll(() => frame.locator('body').textContent()).toContain('Over Adreswijziging per 1 december');

    // A field that does not exist is flagged as you type.
    await body.pressSequentially(' {{Item.Bestaatniet}}');
    await app.page.getByText('Onbekend veld Item.Bestaatniet').first().waitFor();
  });

  it('switches language and sees the other texts', async () => {
    await app.page.getByRole('tab', { name: 'English' }).click();
    await app.page.getByLabel('Onderwerp').fill('Welcome {{Recipient.Name}}');
    await expect.poll(() => subject('en').textContent()).toBe('Welcome Bram Jansen');
    await app.page.getByRole('button', { name: 'Opslaan' }).click();
    await app.page.getByText('Welkom is opgeslagen.').waitFor();
  });

  it('runs no script from data or template in the preview frame', async () => {
    await app.page.getByRole('tab', { name: 'Nederlands' }).click();
    const body = app.page.getByLabel('Inhoud (HTML)');
    await body.fill('<p>Hoi</p><script>parent.document.title="hacked"</script><img src=x onerror="parent.document.title=\'hacked\'">');
    await app.page.waitForTimeout(600);
    expect(await app.page.title()).toBe('Stroomlijn');
    expect(await app.page.locator('iframe[title="Voorbeeld nl"]').getAttribute('sandbox')).toBe('');
  });

  it('previews with a real item as data', async () => {
    const { rpc } = await import('../helpers/http');
    await rpc(app.host.port, app.host.token, 'items.submit', { itemTypeId: 'type-mutatie', subject: 'Verhuizing naar Zeist', fields: { soort: 'Adres', ingangsdatum: '2026-12-01' }, submitterUserId: 'user-eva' });
    await app.page.goto(`${app.host.url}#/templates/tpl-instuurder`);
    await app.page.reload();
    await expect.poll(() => subject('nl').textContent()).toContain('Adreswijziging per 1 december');
    await app.page.getByLabel('Voorbeeldgegevens').selectOption({ label: 'D-2026-0001 · Verhuizing naar Zeist' });
    await expect.poll(() => subject('nl').textContent()).toBe('Je mutatie “Verhuizing naar Zeist” is ontvangen');
    await app.page.goto(`${app.host.url}#/templates`);
  });

  it('sends one example to me and finds it in the capture mailbox', async () => {
    await app.page.goto(`${app.host.url}#/templates`);
    await app.page.getByRole('link', { name: /Welkom/ }).click();
    await app.page.getByLabel('Inhoud (HTML)').fill('<p>Beste {{Recipient.Name}}, dit is een voorbeeld.</p>');
    await app.page.getByRole('button', { name: 'Opslaan' }).click();
    await app.page.getByRole('button', { name: 'Eén voorbeeld naar mij sturen' }).click();
    await app.page.getByText('Er is een voorbeeld gestuurd naar info@stroomlijn.example.').waitFor();
    await app.page.goto(`${app.host.url}#/messages/capture`);
    const row = app.page.getByRole('row', { name: /Welkom Stroomlijn Advies/ });
    await row.waitFor();
    await row.click();
    const frame = app.page.frameLocator('.message-detail iframe');
    await expect.poll(() => frame.locator('body').textContent()).toContain('Beste Stroomlijn Advies, dit is een voorbeeld.');
    await app.page.screenshot({ path: join(outputDir, 'messages.png') });
    expect(app.errors).toEqual([]);
  });
});
