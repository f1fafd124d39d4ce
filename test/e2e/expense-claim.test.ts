import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';
import { ADMIN_LOGIN } from '../helpers/sign-in';
import { switchUser } from '../helpers/sign-in-page';

// Issue 12's journey, in Dutch from a fresh data folder: an administrator builds "expense claim —
// submit, the manager approves or rejects, mail the submitter" without reading code; Eva submits one,
// Bram (her manager) approves it with a reason; the mail to Eva waits in the capture mailbox.
const app = useAppInBrowser({
  async prepare(host) {
    await host.signInAs('user-eva', 'eva');
    await host.signInAs('user-bram', 'bram');
  },
});

async function shot(step: string) {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await app.page.setViewportSize({ width, height });
    await app.page.screenshot({ path: join(outputDir, `expense-claim-${step}-${width}.png`) });
  }
  await app.page.setViewportSize({ width: 1440, height: 900 });
}

describe('an expense claim, built and run by a newcomer in Chromium', () => {
  it('creates the item type with its form, draws the workflow with palette clicks, makes its template in the editor, publishes, submits, approves, mails', async () => {
    const { page } = app;
    // 1. The item type and its form.
    await page.goto(`${app.host.url}#/itemTypes`);
    await page.getByRole('button', { name: 'Nieuw type' }).click();
    await page.getByLabel('Naam', { exact: true }).fill('Onkostendeclaratie');
    const field = (n: number) => page.getByRole('group', { name: `Veld ${n}` });
    const addField = async (kind: string, key: string, label: string) => {
      await page.getByRole('button', { name: 'Veld toevoegen' }).click();
      const n = await page.locator('fieldset.it-field').count();
      await field(n).getByLabel('Soort').selectOption({ label: kind });
      await field(n).getByLabel('Naam in sjablonen').fill(key);
      await field(n).getByLabel('Label (NL)').fill(label);
      await field(n).getByLabel('Verplicht').check();
    };
    await addField('Tekst', 'waarvoor', 'Waarvoor');
    await addField('Bedrag (€)', 'bedrag', 'Bedrag');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').getByText('“Onkostendeclaratie” is opgeslagen.').waitFor();
    await shot('1-item-type');

    // 2. The workflow, with palette clicks only: start → task → approve → end, and reject → end under the task.
    await page.goto(`${app.host.url}#/design`);
    await page.getByRole('button', { name: 'Nieuwe workflow' }).click();
    const create = page.getByRole('dialog');
    await create.getByLabel('Naam').fill('Declaratie beoordelen');
    await create.getByLabel('Type dossieritem').selectOption({ label: 'Onkostendeclaratie' });
    await create.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByRole('heading', { name: 'Declaratie beoordelen' }).waitFor();
    const palette = (kind: string) => page.locator(`.palette [data-kind="${kind}"]`).click();
    for (const kind of ['start', 'task', 'action', 'end']) await palette(kind);
    await page.locator('.react-flow__controls-fitview').click();
    await page.locator('.react-flow__node-task').click();
    for (const kind of ['action', 'end']) await palette(kind);
    await page.locator('.react-flow__controls-fitview').click();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(5);
    await shot('2-drawn');

    // The task: for Bram, a reaction required; its form shows what was claimed.
    const properties = async (selector: string) => {
      await page.locator('.react-flow__controls-fitview').click();
      await page.locator(selector).click();
      await page.getByRole('tab', { name: 'Eigenschappen' }).click();
    };
    await properties('.react-flow__node-task');
    await page.getByLabel('Titel', { exact: true }).fill('Declaratie beoordelen');
    await page.getByRole('button', { name: 'Bestemming toevoegen' }).click();
    await page.locator('.who-item select').first().selectOption({ label: 'Gebruikers' });
    const picker = page.getByRole('combobox', { name: 'Gebruikers' });
    await picker.fill('bram');
    await picker.press('Enter');
    await picker.press('Escape');
    await page.getByLabel('Reactie verplicht').check();

    // Approve: mails the submitter with a template made here, in the editor.
    await properties('.react-flow__node-action >> nth=0');
    await page.getByLabel('Omschrijving', { exact: true }).fill('Goedkeuren');
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Goedkeuren' });
    await page.getByLabel('Bericht verzenden bij starten actie').check();
    const messageSection = page.locator('.prop-section').filter({ hasText: 'Bericht verzenden bij starten actie' });
    await messageSection.locator('select').first().selectOption({ label: 'Instuurder' });
    await page.getByRole('button', { name: 'Nieuw sjabloon' }).click();
    const newTemplate = page.getByRole('dialog');
    await newTemplate.getByLabel('Naam', { exact: true }).fill('Declaratie goedgekeurd');
    await newTemplate.getByLabel('Onderwerp', { exact: true }).fill('Je declaratie “{{Item.Subject}}” is goedgekeurd');
    await newTemplate
      .getByLabel('Tekst', { exact: true })
      .fill('Beste {{Recipient.Name}},\n\nBedrag: {{Item.bedrag}}.\n\n{{Task.LastReaction}}');
    await shot('3-new-template');
    await newTemplate.getByRole('button', { name: 'Aanmaken en gebruiken' }).click();
    await newTemplate.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByLabel('Berichtsjabloon').locator('option:checked').textContent())
      .toBe('Declaratie goedgekeurd');

    await properties('.react-flow__node-action >> nth=1');
    await page.getByLabel('Omschrijving', { exact: true }).fill('Afkeuren');
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Afkeuren' });
    await shot('4-configured');

    // 3. Publish: the type had no workflow yet, so new items enter this one.
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page
      .getByRole('status')
      .getByText('Nieuwe dossieritems van dit type komen in deze workflow.', { exact: false })
      .waitFor();
    await shot('5-published');

    // 4. Eva submits her claim through the type's form, the amount typed the Dutch way.
    await switchUser(page, `${app.host.url}#/work`, 'eva');
    await page.getByRole('button', { name: 'Nieuw dossieritem' }).click();
    const submit = page.getByRole('dialog');
    await submit.getByLabel('Type dossieritem').selectOption({ label: 'Onkostendeclaratie' });
    await submit.getByLabel('Onderwerp').fill('Treinreis klant Utrecht');
    await submit.getByLabel('Waarvoor').fill('Trein en taxi');
    await submit.getByLabel('Bedrag').fill('1.250,50');
    await shot('6-submit');
    await submit.getByRole('button', { name: 'Insturen' }).click();
    await page.getByRole('heading', { name: /D-\d{4}-\d{4} · Treinreis klant Utrecht/ }).waitFor();

    // 5. Bram approves with a reason.
    await switchUser(page, `${app.host.url}#/work`, 'bram');
    const row = page.getByRole('row', { name: /Declaratie beoordelen/ });
    await row.waitFor();
    await row.getByRole('button', { name: 'Goedkeuren' }).click();
    const reaction = page.getByRole('dialog');
    await reaction.getByLabel('Reactie', { exact: true }).fill('Akkoord, de taxi was nodig.');
    // Eva signs in through the portal: she reads only what is marked for outside.
    await reaction.getByLabel('Extern', { exact: false }).check();
    await shot('7-approve');
    await reaction.getByRole('button', { name: 'Goedkeuren' }).click();
    await page.getByText('Je hebt nu geen taken.').waitFor();

    // 6. The mail to Eva, with her amount and Bram's reason, in the capture mailbox (no SMTP server is set).
    await switchUser(page, `${app.host.url}#/messages/capture`, ADMIN_LOGIN);
    const mail = page.getByRole('row', { name: /Je declaratie “Treinreis klant Utrecht” is goedgekeurd/ });
    await mail.waitFor();
    await mail.click();
    const body = page.frameLocator('.message-detail iframe').locator('body');
    await expect.poll(() => body.textContent()).toContain('Akkoord, de taxi was nodig.');
    expect(await body.textContent()).toMatch(/€\s1\.250,50/);
    await shot('8-mail');
    expect(app.errors).toEqual([]);
  });
});
