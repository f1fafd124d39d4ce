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
    await body.fill(
      '<p>Hoi</p><script>parent.document.title="hacked"</script><img src=x onerror="parent.document.title=\'hacked\'">',
    );
    // Once the preview shows the new text, whatever it tried to run has had its chance.
    await expect
      .poll(() => app.page.frameLocator('iframe[title="Voorbeeld nl"]').locator('body').textContent())
      .toContain('Hoi');
    expect(await app.page.title()).toBe('Stroomlijn');
    expect(await app.page.locator('iframe[title="Voorbeeld nl"]').getAttribute('sandbox')).toBe('');
  });

  it('previews with a real item as data', async () => {
    const { rpc } = await import('../helpers/http');
    // A mutation is confidential: the administrator sees Eva's as the workflow's task manager.
    const me = (await rpc(app.host.port, app.host.token, 'auth.status', {})).json().value.me.userId as string;
    await rpc(app.host.port, app.host.token, 'workflows.update', { id: 'wf-infomail', taskManagerUserId: me });
    const fields = { soort: 'Adres', ingangsdatum: '2026-12-01' };
    const mutation = {
      itemTypeId: 'type-mutatie',
      subject: 'Verhuizing naar Zeist',
      fields,
      submitterUserId: 'user-eva',
    };
    expect((await app.host.api('POST', '/items', mutation)).status).toBe(201);
    await app.page.goto(`${app.host.url}#/templates/tpl-instuurder`);
    await app.page.reload();
    await expect.poll(() => subject('nl').textContent()).toContain('Adreswijziging per 1 december');
    await app.page.getByLabel('Voorbeeldgegevens').selectOption({ label: 'D-2026-0001 · Verhuizing naar Zeist' });
    await expect.poll(() => subject('nl').textContent()).toBe('Je mutatie “Verhuizing naar Zeist” is ontvangen');
    await app.page.goto(`${app.host.url}#/templates`);
  });

  it('sends one example of the chosen item to me, says where, and still says so when a save ends later', async () => {
    await app.page.goto(`${app.host.url}#/templates`);
    await app.page.getByRole('link', { name: /Welkom/ }).click();
    await app.page.getByLabel('Voorbeeldgegevens').selectOption({ label: 'D-2026-0001 · Verhuizing naar Zeist' });
    await app.page.getByLabel('Geadresseerde').selectOption({ label: 'Instuurder' });
    const goesTo = 'Gaat naar info@stroomlijn.example (NL), zoals het voorbeeld het toont.';
    await app.page.getByTestId('example-to').getByText(goesTo).waitFor();
    const body = '<p>Beste {{Recipient.Name}}, dit is een voorbeeld over {{Item.Subject}}.</p>';
    await app.page.getByLabel('Inhoud (HTML)').fill(body);
    // The save is answered only after the example was (the order a slow disk gives): its
    // confirmation must not hide the example's.
    const exampleAnswered = app.page.waitForResponse((r) => r.url().endsWith('/api/rpc/templates.sendExample'));
    await app.page.route('**/api/rpc/templates.save', async (route) => {
      await exampleAnswered;
      await route.continue();
    });
    await app.page.getByRole('button', { name: 'Opslaan' }).click();
    await app.page.getByRole('button', { name: 'Eén voorbeeld naar mij sturen' }).click();
    await app.page.getByText('Welkom is opgeslagen.').waitFor();
    await app.page.getByText('Er is een voorbeeld gestuurd naar info@stroomlijn.example.').waitFor();
    await app.page.unroute('**/api/rpc/templates.save');
    await app.page.screenshot({ path: join(outputDir, 'template-example-sent.png') });
    await app.page.goto(`${app.host.url}#/messages/capture`);
    const row = app.page.getByRole('row', { name: /Welkom Eva Smit \(portal\)/ });
    await row.waitFor();
    await row.click();
    const frame = app.page.frameLocator('.message-detail iframe');
    const copy = 'Beste Eva Smit (portal), dit is een voorbeeld over Verhuizing naar Zeist.';
    await expect.poll(() => frame.locator('body').textContent()).toContain(copy);
    await app.page.screenshot({ path: join(outputDir, 'messages.png') });
    expect(app.errors).toEqual([]);
  });

  it('previews a record template with a real task, and a template over a limit (nl, de; 1280, 1920)', async () => {
    const { rpc } = await import('../helpers/http');
    const fields = { type: 'Bellen', status: 'Open', responsible: 'user-bram', dueDate: '2026-11-27T12:00:00.000Z' };
    await rpc(app.host.port, app.host.token, 'records.create', { entity: 'task', title: 'Piet terugbellen', fields });
    await app.page.goto(`${app.host.url}#/templates/tpl-bellen-nieuw`);
    await app.page.reload();
    await app.page.getByLabel('Voorbeeldgegevens').selectOption({ label: 'Taak · Piet terugbellen' });
    await expect.poll(() => subject('nl').textContent()).toBe('Nieuwe beltaak: Piet terugbellen');
    const frame = app.page.frameLocator('iframe[title="Voorbeeld nl"]');
    await expect.poll(() => frame.locator('body').textContent()).toContain('uiterlijk 27 november 2026 om ');
    // The picker offers the task's own fields under Gegeven, and nothing an item of a type would have.
    await app.page.getByRole('button', { name: 'DueDate', exact: true }).waitFor();
    expect(await app.page.getByText('Dossieritem', { exact: true }).count()).toBe(0);
    const body = app.page.getByLabel('Inhoud (HTML)');
    await body.fill(`${'{{#if Record.Name}}'.repeat(25)}x${'{{/if}}'.repeat(25)}`);
    await app.page.getByText('Te diep genest: hoogstens 20 blokken in elkaar.').first().waitFor();
    await app.page.getByRole('button', { name: 'Opslaan' }).click();
    const refusal = app.page.getByRole('alert');
    await refusal.getByText('Dit sjabloon is niet opgeslagen: het gaat over een grens.').waitFor();
    const reasons = await refusal.locator('li').allTextContents();
    expect(reasons).toEqual(['NL · HTML: Te diep genest: hoogstens 20 blokken in elkaar.']);
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await app.page.setViewportSize({ width, height });
      await refusal.scrollIntoViewIfNeeded();
      await app.page.screenshot({ path: join(outputDir, `template-limit-nl-${width}x${height}.png`) });
      await app.page.locator('.preview-card').first().scrollIntoViewIfNeeded();
      await app.page.screenshot({ path: join(outputDir, `template-limit-preview-nl-${width}x${height}.png`) });
    }
    await rpc(app.host.port, app.host.token, 'settings.update', { language: 'de' });
    await app.page.reload();
    await app.page.getByLabel('Beispieldaten').selectOption({ label: 'Aufgabe · Piet terugbellen' });
    await expect.poll(() => subject('de').textContent()).toBe('Neue Anrufaufgabe: Piet terugbellen');
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await app.page.setViewportSize({ width, height });
      await app.page.screenshot({ path: join(outputDir, `template-record-de-${width}x${height}.png`) });
      await app.page.getByTestId('example-to').scrollIntoViewIfNeeded();
      await app.page.screenshot({ path: join(outputDir, `template-example-de-${width}x${height}.png`) });
    }
    await rpc(app.host.port, app.host.token, 'settings.update', { language: 'nl' });
  });

  it('previews nothing on opening the Templates page before a template is open', async () => {
    const previewed: string[] = [];
    app.page.on('request', (r) => {
      if (r.url().endsWith('/api/rpc/templates.preview'))
        previewed.push((r.postDataJSON() as { template: { name: string } }).template.name);
    });
    // The list answers only when the test says so, and the preview's moment after each change passes
    // when the test moves the page's clock: what the page does before a template is open is seen.
    let release = () => {};
    const listHeld = new Promise<void>((resolve) => (release = resolve));
    await app.page.route('**/api/rpc/templates.list', async (route) => {
      await listHeld;
      await route.continue();
    });
    await app.page.clock.install();
    await app.page.goto(`${app.host.url}#/templates`);
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Sjablonen', exact: true }).waitFor();
    await app.page.clock.runFor(2_000);
    const answered = app.page.waitForResponse((r) => r.url().endsWith('/api/rpc/templates.preview'));
    release();
    await app.page.getByRole('navigation', { name: 'Sjablonen' }).getByRole('link').first().waitFor();
    await app.page.clock.runFor(2_000);
    expect((await answered).status()).toBe(200);
    expect(previewed.length).toBeGreaterThan(0);
    expect(previewed).not.toContain('');
    await app.page.unroute('**/api/rpc/templates.list');
  });
});
