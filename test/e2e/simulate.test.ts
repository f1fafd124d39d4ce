import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';
import { rpc } from '../helpers/http';
import { createWaitingWorkflow } from '../helpers/wait-workflow';

const app = useAppInBrowser();
const node = (id: string) => app.page.locator(`.react-flow__node[data-id="${id}"]`);
/** Whether a node lies wholly inside the visible canvas. */
const inView = async (id: string) => {
  const [box, pane] = [await node(id).boundingBox(), await app.page.locator('.canvas-wrap').boundingBox()];
  return (
    !!box &&
    !!pane &&
    box.x >= pane.x &&
    box.y >= pane.y &&
    box.x + box.width <= pane.x + pane.width &&
    box.y + box.height <= pane.y + pane.height
  );
};
const highlighted = async () =>
  app.page.locator('.react-flow__node.sim-current').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));

describe('simulating a workflow in the editor, in Chromium', () => {
  it('runs the draft of the approval workflow on a sample item: reject with a reaction, the node and the messages follow; nothing is sent', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/design/wf-accordering`);
    await node('t1').waitFor();
    await page.getByRole('button', { name: 'Simuleren' }).click();
    await page.getByText('Een simulatie verstuurt niets en slaat niets op').waitFor();

    await page.getByLabel('Onderwerp').fill('Btw-aangifte Q3');
    await page.getByLabel('Instuurder').selectOption({ label: 'Eva Smit (portal)' });
    await page.getByLabel('Berichtsoort').selectOption('btw-aangifte');
    await page.getByLabel('Klant').fill('Bakkerij de Korenaar');
    await page.getByRole('button', { name: 'Simulatie starten' }).click();

    // The item waits in the review task: highlighted on the canvas (not selected), its mail listed.
    await expect.poll(highlighted).toEqual(['t1']);
    expect(await node('t1').getAttribute('class')).not.toContain('selected');
    const messages = page.getByRole('list', { name: 'Berichten die verstuurd zouden worden' });
    await expect
      .poll(() => messages.locator('.sim-subject').allTextContents())
      .toEqual([
        'Te beoordelen: btw-aangifte Bakkerij de Korenaar',
        'Te beoordelen: btw-aangifte Bakkerij de Korenaar',
      ]);
    expect(await messages.locator('li li').first().textContent()).toContain(
      'Bram Jansen bram.jansen@stroomlijn.example',
    );

    // Chantal rejects with an external reaction; the action needs one first.
    const task = page.locator('.sim-task', { hasText: 'Beoordelen aangifte klant' });
    const reject = task.getByRole('button', { name: 'Afkeuren bericht' });
    expect(await reject.isDisabled()).toBe(true);
    await task.getByLabel('Wie handelt').selectOption({ label: 'Chantal Bakker' });
    await task.getByLabel('Reactie (verplicht)').fill('De periode klopt niet');
    await task.getByLabel(/Extern/).check();
    await reject.click();

    await expect.poll(highlighted).toEqual(['t2']);
    await expect.poll(() => messages.locator('.sim-message').count()).toBe(2);
    const rejected = messages.locator('.sim-message').nth(1);
    expect(await rejected.locator('.sim-subject').textContent()).toBe('Uw btw-aangifte is afgekeurd');
    expect(await rejected.textContent()).toContain('Eva Smit (portal) eva@korenaar.example');
    expect(await rejected.locator('.chain').textContent()).toBe('eigen adres ✗ → e-mail werk van persoon ✓');
    expect(await page.locator('.sim-trail').textContent()).toContain(
      'Chantal Bakker koos “Afkeuren bericht”: “De periode klopt niet”',
    );
    // The canvas centres on where the item is now.
    await expect.poll(() => inView('t2')).toBe(true);
    await page.screenshot({ path: join(outputDir, 'simulate.png') });
    await rejected.scrollIntoViewIfNeeded();
    await page.locator('.side-panel').screenshot({ path: join(outputDir, 'simulate-messages.png') });

    // Editing the draft replays the same steps on it: the renamed task shows in the simulation.
    await node('t2').click();
    await page.getByRole('tab', { name: 'Eigenschappen' }).click();
    await page.getByLabel('Titel', { exact: true }).fill('Reactie van de klant');
    await page.getByRole('tab', { name: 'Simulatie' }).click();
    await page.getByText('Dezelfde stappen zijn opnieuw gelopen op het gewijzigde concept.').waitFor();
    expect(await page.locator('.sim-task strong').textContent()).toBe('Reactie van de klant');
    await expect.poll(highlighted).toEqual(['t2']);

    // Step back: the item is in the review task again.
    await page.getByRole('button', { name: 'Stap terug' }).click();
    await expect.poll(highlighted).toEqual(['t1']);
    await expect.poll(() => messages.locator('.sim-message').count()).toBe(1);

    // Nothing was sent or stored.
    expect((await rpc(app.host.port, app.host.token, 'messages.list', {})).json().value).toEqual([]);
    expect((await rpc(app.host.port, app.host.token, 'items.list', {})).json().value).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('fires the wait of a record workflow: the time jumps to the date field, the expiry mail is listed', async () => {
    const { page } = app;
    const dispatch = async (method: string, input: unknown) =>
      (await rpc(app.host.port, app.host.token, method, input)).json().value as unknown;
    const workflowId = await createWaitingWorkflow(dispatch, false);
    await page.goto(`${app.host.url}#/design/${workflowId}`);
    await node('w1').waitFor();
    await page.getByRole('button', { name: 'Simuleren' }).click();
    await page.getByLabel('Onderwerp').fill('Terugbellen over offerte');
    await page.getByLabel('responsible').selectOption({ label: 'Bram Jansen' });
    await page.getByLabel('dueDate').fill('2026-12-01');
    await page.getByRole('button', { name: 'Simulatie starten' }).click();
    await expect.poll(highlighted).toEqual(['w1']);
    await page.getByRole('button', { name: /“Tot de deadline” laten aflopen/ }).click();
    await page.locator('.sim-status', { hasText: 'Afgerond' }).waitFor();
    await expect.poll(highlighted).toEqual(['e2']);
    const messages = page.getByRole('list', { name: 'Berichten die verstuurd zouden worden' });
    expect(await messages.locator('.sim-subject').allTextContents()).toEqual([
      'Nieuwe beltaak: Terugbellen over offerte',
      'Verlopen: Terugbellen over offerte',
    ]);
    expect(await page.locator('.sim-trail').textContent()).toContain('Timer van “Tot de deadline” afgelopen');
    expect(await page.locator('.sim-trail').textContent()).toContain('“Afgehandeld?” koos tak Standaard');
    await expect.poll(() => inView('e2')).toBe(true);
    await page.screenshot({ path: join(outputDir, 'simulate-timer.png') });
    expect((await rpc(app.host.port, app.host.token, 'messages.list', {})).json().value).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
