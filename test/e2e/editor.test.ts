import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium';
import { type HostProcess, startHostProcess } from '../helpers/host-process';
import { repoRoot } from '../helpers/paths';
import { signInPage } from '../helpers/sign-in-page';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const outputDir = join(repoRoot, 'test', 'output');
let browser: Browser;
let host: HostProcess;
let page: Page;
let workflowUrl = '';
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  host = await startHostProcess(tempDir());
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  watch(page);
  await signInPage(page, host.url);
});

/** Collect what goes wrong in a page (errors thrown, errors logged). */
function watch(p: Page) {
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
}

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const canvas = () => page.locator('.react-flow__pane');
const node = (kind: string, nth = 0) => page.locator(`.react-flow__node-${kind}`).nth(nth);

/** Drag a kind from the palette onto the canvas at (x, y) of the pane, with the mouse. */
async function dropFromPalette(kind: string, x: number, y: number) {
  await page.locator(`.palette [data-kind="${kind}"]`).dragTo(canvas(), { targetPosition: { x, y } });
}

async function centre(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drag from a node's source handle (a condition: the named branch) to another node's target handle. */
async function connect(from: Locator, to: Locator, handle?: string) {
  const source = await centre(
    from
      .locator(handle ? `.react-flow__handle.source[data-handleid="${handle}"]` : '.react-flow__handle.source')
      .first(),
  );
  const target = await centre(to.locator('.react-flow__handle.target'));
  await page.mouse.move(source.x, source.y);
  await page.mouse.down();
  await page.mouse.move((source.x + target.x) / 2, (source.y + target.y) / 2, { steps: 5 });
  await page.mouse.move(target.x, target.y, { steps: 5 });
  await page.mouse.up();
}

const findings = () => page.locator('.validation .finding').allTextContents();

describe('the workflow editor in Chromium', () => {
  it('builds a workflow from the palette with the mouse, validates, fixes and publishes it', async () => {
    await page.goto(`${host.url}#/design`);
    await page.getByRole('button', { name: 'Nieuwe workflow' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Naam').fill('Verlofaanvraag');
    await dialog.getByLabel('Type dossieritem').selectOption({ label: 'Medewerkermutatie' });
    await dialog.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByRole('heading', { name: 'Verlofaanvraag' }).waitFor();
    workflowUrl = page.url();

    await dropFromPalette('start', 420, 60);
    await dropFromPalette('task', 420, 200);
    await dropFromPalette('action', 260, 370);
    await dropFromPalette('action', 580, 370);
    await dropFromPalette('condition', 260, 530);
    await dropFromPalette('end', 420, 700);
    expect(await page.locator('.react-flow__node').count()).toBe(6);

    await connect(node('start'), node('task'));
    await connect(node('task'), node('action', 0));
    await connect(node('task'), node('action', 1));
    await connect(node('action', 0), node('condition'));
    await connect(node('condition'), node('end'), 'default');
    await connect(node('action', 1), node('end'));
    expect(await page.locator('.react-flow__edge').count()).toBe(6);
    // Not allowed: a task straight to an end. It does not snap.
    await connect(node('task'), node('end'));
    expect(await page.locator('.react-flow__edge').count()).toBe(6);

    await page.getByRole('tab', { name: /Controle/ }).click();
    expect(await findings()).toEqual(['Taak “Nieuwe taak” is voor niemand: voeg een bestemming toe.']);

    // Publishing is refused while the error remains, and says why.
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByRole('alert').getByText('Publiceren kan niet zolang er 1 fout is.', { exact: false }).waitFor();

    // Clicking the finding selects its node; give the task a destination.
    await page.locator('.validation .finding').first().click();
    await page.getByRole('button', { name: 'Bestemming toevoegen' }).click();
    await page.locator('.who-item select').nth(1).selectOption({ label: 'Salarisadministratie' });
    await page.getByLabel('Titel').fill('Verlof beoordelen');
    await expect.poll(() => node('task').textContent()).toContain('Verlof beoordelen');
    await page.getByRole('tab', { name: /Controle/ }).click();
    await page.getByText('Geen fouten of waarschuwingen.').waitFor();

    await page.getByRole('button', { name: 'Publiceren' }).click();
    // Medewerkermutaties enter the sample's info-mail workflow: publishing asks whether this one replaces it.
    await page.getByRole('dialog').getByRole('button', { name: 'Nee, “Infomail instuurder” houden' }).click();
    await page.getByRole('status').getByText('Versie 1 is gepubliceerd.').waitFor();
    await page.screenshot({ path: join(outputDir, 'editor.png') });
  });

  it('finds the published version after a reload, read-only', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Verlofaanvraag' }).waitFor();
    const versions = page.getByLabel('Versie', { exact: true });
    expect(await versions.locator('option').allTextContents()).toEqual([
      'Concept',
      expect.stringMatching(/^Versie 1 — /),
    ]);
    await versions.selectOption({ index: 1 });
    await page.getByText('Je bekijkt gepubliceerde versie 1.', { exact: false }).waitFor();
    expect(await page.locator('.react-flow__node').count()).toBe(6);
    expect(await page.locator('.palette').count()).toBe(0);
    await page.goto(workflowUrl);
    await page.getByText('Opgeslagen', { exact: false }).waitFor();
  });

  it('undoes and redoes a move', async () => {
    const end = node('end');
    const before = await end.boundingBox();
    const grip = await centre(end.locator('.wf-node-head'));
    await page.mouse.move(grip.x, grip.y);
    await page.mouse.down();
    await page.mouse.move(grip.x + 120, grip.y + 40, { steps: 8 });
    await page.mouse.up();
    const moved = (await end.boundingBox())!;
    expect(Math.round(moved.x - before!.x)).toBeGreaterThan(80);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => Math.round((await end.boundingBox())!.x)).toBe(Math.round(before!.x));
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => Math.round((await end.boundingBox())!.x)).toBe(Math.round(moved.x));
  });

  it('keeps a change made just before a reload (autosave journal)', async () => {
    await node('task').click();
    await page.getByLabel('Titel').fill('Verlof controleren');
    await page.reload();
    await expect.poll(() => node('task').textContent(), { timeout: 10_000 }).toContain('Verlof controleren');
    await page.getByText('Opgeslagen', { exact: false }).waitFor();
    await page.reload();
    await expect.poll(() => node('task').textContent()).toContain('Verlof controleren');
  });

  it('keeps a change made just before the renderer crashes', async () => {
    await node('task').click();
    await page.getByLabel('Titel').fill('Verlof na crash');
    const cdp = await page.context().newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    void page.close().catch(() => undefined);
    page = await page.context().newPage();
    watch(page);
    await page.goto(workflowUrl);
    await expect.poll(() => node('task').textContent(), { timeout: 10_000 }).toContain('Verlof na crash');
    await page.getByText('Opgeslagen', { exact: false }).waitFor();
  });

  it('exports the workflow and imports it back as a new one', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.editor-tools').getByRole('button', { name: 'Exporteren' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('verlofaanvraag.stroomlijn.json');
    const file = join(tempDir('export'), download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).workflow.draft.nodes).toHaveLength(6);

    await page.goto(`${host.url}#/design`);
    await page.getByLabel('JSON importeren').setInputFiles(file);
    await page.getByRole('heading', { name: 'Verlofaanvraag' }).waitFor();
    expect(page.url()).not.toBe(workflowUrl);
    await page.locator('.react-flow__node').first().waitFor();
    expect(await page.locator('.react-flow__node').count()).toBe(6);
    await page.goto(`${host.url}#/design`);
    await expect.poll(() => page.getByRole('link', { name: 'Verlofaanvraag' }).count()).toBe(2);
  });

  it('shows a sample workflow as people would pay for it', async () => {
    await page.goto(`${host.url}#/design/wf-accordering`);
    await page.locator('.react-flow__node').nth(8).waitFor();
    // Until "zoom to fit" has settled: the viewport stands still over two frames.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const viewport = document.querySelector('.react-flow__viewport');
          const before = viewport?.getAttribute('style');
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(viewport?.getAttribute('style') === before)));
        }),
    );
    await page.screenshot({ path: join(outputDir, 'editor-sample.png') });
    expect(errors).toEqual([]);
  });
});
