import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';
import { rpc } from '../helpers/http';
import { oneTaskGraph } from '../helpers/one-task-workflow';

const app = useAppInBrowser();

/** A workflow of `itemTypeId` as an export file: start → a task for the submitter (Goedkeuren | Afkeuren) → end. */
const workflowFile = (name: string, itemTypeId: string, task: string) =>
  JSON.stringify({
    format: 'stroomlijn.workflow',
    formatVersion: 1,
    exportedAt: '2026-11-26T09:00:00.000Z',
    workflow: {
      id: 'x',
      name,
      itemTypeId,
      language: 'nl',
      versions: [],
      draft: oneTaskGraph(task, [{ type: 'submitter' }]),
    },
  });

async function shots(name: string) {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await app.page.setViewportSize({ width, height });
    await app.page.screenshot({ path: join(outputDir, `item-types-${name}-${width}.png`), fullPage: true });
  }
  await app.page.setViewportSize({ width: 1440, height: 900 });
}

async function importWorkflow(name: string, itemTypeId: string, task: string): Promise<string> {
  const reply = await app.host.api('POST', '/workflows/import', { json: workflowFile(name, itemTypeId, task) });
  expect(reply.status, reply.text).toBe(201);
  return (reply.json() as { id: string }).id;
}

describe('item types in Chromium', () => {
  it('an administrator designs an item type with its form, routes it to a workflow and submits an item of it', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/itemTypes`);
    await page.getByRole('heading', { name: 'Typen dossieritems' }).waitFor();
    await page.getByRole('link', { name: 'Medewerkermutatie' }).waitFor();
    await shots('list-nl');

    await page.getByRole('button', { name: 'Nieuw type' }).click();
    await page.getByLabel('Naam', { exact: true }).fill('Declaratie');
    await page.getByLabel('Omschrijving', { exact: true }).fill('Onkosten die een medewerker terugkrijgt');
    const field = (n: number) => page.getByRole('group', { name: `Veld ${n}` });
    const addField = async (kind: string, key: string, label: string, required: boolean) => {
      await page.getByRole('button', { name: 'Veld toevoegen' }).click();
      const n = await page.locator('fieldset.it-field').count();
      await field(n).getByLabel('Soort').selectOption({ label: kind });
      await field(n).getByLabel('Naam in sjablonen').fill(key);
      await field(n).getByLabel('Label (NL)').fill(label);
      if (required) await field(n).getByLabel('Verplicht').check();
      return field(n);
    };
    await addField('Bedrag (€)', 'bedrag', 'Bedrag', true);
    const what = await addField('Tekst', 'omschrijving', 'Waarvoor', true);
    await what.getByLabel('Label (DE)').fill('Wofür');
    await what.getByLabel('Hulptekst (NL)').fill('Bijvoorbeeld: treinkaartje Utrecht');
    const kind = await addField('Keuze', 'soort', 'Soort kosten', false);
    await kind.getByLabel('Keuzes (één per regel)').fill('Reis\nLunch\nMateriaal');
    await addField('Bijlage', 'bon', 'Bon', false);
    // "Waarvoor" first: up one place.
    await field(2).getByRole('button', { name: 'Omhoog' }).click();
    expect(await field(1).getByLabel('Naam in sjablonen').inputValue()).toBe('omschrijving');
    await field(4).getByRole('button', { name: 'Veld verwijderen' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').getByText('“Declaratie” is opgeslagen.').waitFor();
    await expect.poll(() => page.url()).toMatch(/#\/itemTypes\/[^/]+$/);
    const typeId = page.url().split('/').pop()!;
    // Saved as designed: the fields in their order, the removed one gone.
    await expect.poll(() => page.locator('fieldset.it-field').count()).toBe(3);
    expect(await field(1).getByLabel('Naam in sjablonen').inputValue()).toBe('omschrijving');
    expect(await field(2).getByLabel('Label (NL)').inputValue()).toBe('Bedrag');
    expect(await field(3).getByLabel('Keuzes (één per regel)').inputValue()).toBe('Reis\nLunch\nMateriaal');
    await shots('form-nl');

    // Two workflows of the type; the first published enters, the second asks before it replaces it.
    const first = await importWorkflow('Declaratie beoordelen', typeId, 'Eerste beoordeling');
    const second = await importWorkflow('Declaratie (nieuw)', typeId, 'Tweede beoordeling');
    await page.goto(`${app.host.url}#/design/${first}`);
    const route = page.getByTestId('workflow-route');
    await route.getByText('Hoort bij type dossieritem “Declaratie”.').waitFor();
    await route.getByText('Er komen nog geen nieuwe dossieritems in deze workflow', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page
      .getByRole('status')
      .getByText('Nieuwe dossieritems van dit type komen in deze workflow.', { exact: false })
      .waitFor();
    await route.getByText('Nieuwe dossieritems van dit type komen in deze workflow.').waitFor();

    await page.goto(`${app.host.url}#/design/${second}`);
    await route
      .getByText('Nieuwe dossieritems van dit type komen in “Declaratie beoordelen”, niet in deze workflow.')
      .waitFor();
    await page.getByRole('button', { name: 'Publiceren' }).click();
    const ask = page.getByRole('dialog', { name: '“Declaratie beoordelen” vervangen?' });
    await ask.waitFor();
    await shots('replace-question-nl');
    await ask.getByRole('button', { name: 'Ja, vervangen' }).click();
    await page
      .getByRole('status')
      .getByText('Nieuwe dossieritems van “Declaratie” komen nu in deze workflow.', { exact: false })
      .waitFor();
    await route.getByText('Nieuwe dossieritems van dit type komen in deze workflow.').waitFor();

    // The item type shows the route; submitting an item of it uses the form and enters the second workflow.
    await page.goto(`${app.host.url}#/itemTypes/${typeId}`);
    await expect.poll(() => page.getByLabel('Workflow voor nieuwe dossieritems').inputValue()).toBe(second);
    await page.goto(`${app.host.url}#/work`);
    await page.getByRole('button', { name: 'Nieuw dossieritem' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Type dossieritem').selectOption({ label: 'Declaratie' });
    await dialog.getByLabel('Onderwerp').fill('Treinkaartje');
    await dialog.getByLabel('Waarvoor').fill('Trein naar Utrecht');
    await dialog.getByLabel('Bedrag').fill('12,50');
    await dialog.getByLabel('Soort kosten').selectOption('Reis');
    await dialog.getByRole('button', { name: 'Insturen' }).click();
    await page.getByRole('heading', { name: /D-\d{4}-\d{4} · Treinkaartje/ }).waitFor();
    expect(await page.locator('.task-card strong').textContent()).toBe('Tweede beoordeling');

    // Deleting it is refused while it is used, and the page says by what.
    await page.goto(`${app.host.url}#/itemTypes`);
    await page.getByRole('button', { name: 'Verwijderen: Declaratie' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('alert').getByText('wordt nog gebruikt door', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Declaratie' }).waitFor();
    const refused = 'Failed to load resource: the server responded with a status of 409 (Conflict)';
    expect(app.errors).toEqual([refused]);
    app.errors.splice(0);

    // In German, the same screens.
    expect((await rpc(app.host.port, app.host.token, 'settings.update', { language: 'de' })).status).toBe(200);
    await page.goto(`${app.host.url}#/itemTypes`);
    await page.reload();
    await page.getByRole('heading', { name: 'Vorgangstypen' }).waitFor();
    await shots('list-de');
    await page.getByRole('link', { name: 'Declaratie' }).click();
    await page.getByRole('group', { name: 'Feld 1' }).waitFor();
    await shots('form-de');
    await page.goto(`${app.host.url}#/design/${first}`);
    await route
      .getByText('Neue Vorgänge dieses Typs gehen in „Declaratie (nieuw)“, nicht in diesen Workflow.')
      .waitFor();
    await shots('editor-de');
    expect(app.errors).toEqual([]);
  });
});
