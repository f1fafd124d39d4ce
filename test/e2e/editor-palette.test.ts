import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  host = await startHostProcess(tempDir());
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await signInPage(page, host.url);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const paletteClick = (kind: string) => page.locator(`.palette [data-kind="${kind}"]`).click();
const nodes = () => page.locator('.react-flow__node');

/** Every step's box on screen; no two may overlap. */
async function boxes() {
  const all = await nodes().all();
  return Promise.all(all.map(async (n) => (await n.boundingBox())!));
}
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Elements whose text is wider than their box (scrollWidth beyond clientWidth), by class and text. */
const overflowing = (selector: string) =>
  page
    .locator(selector)
    .evaluateAll((els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => `${e.className}: ${e.textContent}`),
    );

/**
 * Resolves once the canvas has stopped moving: its transform unchanged for 20 frames in a row (a fit
 * or a pan animates over several frames; a resize reaches React Flow within a frame or two).
 */
async function settled() {
  await page.evaluate(() => delete (window as { sameFor?: number }).sameFor);
  await page.waitForFunction(
    () => {
      const w = window as unknown as { lastView?: string; sameFor?: number };
      const now = document.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '';
      w.sameFor = w.sameFor !== undefined && now === w.lastView ? w.sameFor + 1 : 0;
      w.lastView = now;
      return w.sameFor >= 20;
    },
    undefined,
    { polling: 'raf' },
  );
}

/** The steps whose box is (partly) under the side panel or the minimap, by their text. */
const coveredSteps = () =>
  page.evaluate(() => {
    const covers = ['.side-panel', '.react-flow__minimap']
      .map((s) => document.querySelector(s)?.getBoundingClientRect())
      .filter((r): r is DOMRect => r !== undefined);
    const meets = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return [...document.querySelectorAll('.react-flow__node')]
      .filter((n) => covers.some((c) => meets(n.getBoundingClientRect(), c)))
      .map((n) => n.textContent);
  });

async function shoot(name: string) {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.locator('.react-flow__controls-fitview').click();
    await page.screenshot({ path: join(outputDir, `${name}-${width}.png`) });
    expect(await overflowing('.palette-item, .side-panel .tabs button, .editor-tools button')).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('the editor with palette clicks only', () => {
  it('says what to do on an empty canvas, then builds submit → manager approves or rejects → mail as a connected chain', async () => {
    await page.goto(`${host.url}#/design`);
    await page.getByRole('button', { name: 'Nieuwe workflow' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Naam').fill('Onkostendeclaratie');
    await dialog.getByLabel('Type dossieritem').selectOption({ label: 'Medewerkermutatie' });
    await dialog.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByRole('heading', { name: 'Onkostendeclaratie' }).waitFor();
    await page.getByRole('note').getByText('Begin hier je workflow').waitFor();
    await page.screenshot({ path: join(outputDir, 'editor-empty-nl-1280.png') });
    const toolbarBefore = await page.locator('.editor-tools').boundingBox();

    // submit → task → approve → mail → end
    for (const kind of ['start', 'task', 'action', 'notify', 'end']) await paletteClick(kind);
    expect(await page.getByRole('note').count()).toBe(0);
    // "unsaved" came and went without moving the tools
    expect(await page.locator('.editor-tools').boundingBox()).toEqual(toolbarBefore);
    // reject: select the task, then action → mail → end
    await page.locator('.react-flow__controls-fitview').click();
    await page.locator('.react-flow__node-task').click();
    for (const kind of ['action', 'notify', 'end']) await paletteClick(kind);

    await page.locator('.react-flow__controls-fitview').click();
    await expect.poll(() => nodes().count()).toBe(8);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(7);
    const placed = await boxes();
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    // Two actions side by side under the task, each with its own mail below it.
    const [approve, reject] = await Promise.all(
      [0, 1].map(async (i) => (await page.locator('.react-flow__node-action').nth(i).boundingBox())!),
    );
    expect(Math.abs(approve!.y - reject!.y)).toBeLessThan(2);
    const task = (await page.locator('.react-flow__node-task').boundingBox())!;
    expect(approve!.y).toBeGreaterThan(task.y + task.height);
    await page.getByRole('tab', { name: /Controle/ }).click();
    // Nothing about the structure (unreachable steps, actions without a task, dead ends): only what to fill in.
    expect(await page.locator('.validation .finding').allTextContents()).toEqual([
      'Taak “Nieuwe taak” is voor niemand: voeg een bestemming toe.',
      ...['Het bericht van “Bericht” heeft geen sjabloon.', '“Bericht” gaat naar een lege lijst gebruikers.'],
      ...['Het bericht van “Bericht” heeft geen sjabloon.', '“Bericht” gaat naar een lege lijst gebruikers.'],
    ]);
  });

  it('at 1280×800, opening a step leaves every step clear of the side panel and the minimap', async () => {
    await page.reload();
    await expect.poll(() => nodes().count()).toBe(8);
    await settled();
    for (const step of ['.react-flow__node-task', '.react-flow__node-end']) {
      await page.locator(step).last().click();
      await page.getByRole('tab', { name: 'Eigenschappen' }).click();
      await settled();
      expect(await coveredSteps()).toEqual([]);
    }
    // Found with the search (the view moves to the step), the end step too.
    await page.getByLabel('Stap zoeken').fill('Klaar');
    await settled();
    expect(await coveredSteps()).toEqual([]);
    await page.screenshot({ path: join(outputDir, 'editor-step-open-1280.png') });
    await page.getByLabel('Stap zoeken').fill('');
    await page.locator('.react-flow__controls-fitview').click();
    await settled();
  });

  it('keeps every step clear of them when the window shrinks from 1920 to 1280 px after a fit', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('.react-flow__controls-fitview').click();
    await settled();
    await page.setViewportSize({ width: 1280, height: 800 });
    await settled();
    expect(await coveredSteps()).toEqual([]);
    await page.locator('.react-flow__node-task').click();
    await settled();
    expect(await coveredSteps()).toEqual([]);
    await page.screenshot({ path: join(outputDir, 'editor-shrunk-1280.png') });
  });

  it('centres a step clicked where it shows only in part beside the side panel', async () => {
    for (let i = 0; i < 3; i++) await page.locator('.react-flow__controls-zoomin').click();
    await settled();
    const pane = (await page.locator('.react-flow').boundingBox())!;
    const all = await nodes().all();
    const boxes = await Promise.all(all.map(async (n) => ({ n, b: (await n.boundingBox())! })));
    // The first step cut by the panel's edge: part of it shows, part is behind the panel.
    const cut = boxes.find(({ b }) => b.x < pane.x + pane.width - 20 && b.x + b.width > pane.x + pane.width);
    expect(cut).toBeDefined();
    const text = await cut!.n.textContent();
    await cut!.n.click({ position: { x: 10, y: cut!.b.height / 2 } });
    await settled();
    expect((await coveredSteps()).filter((t) => t === text)).toEqual([]);
    await page.locator('.react-flow__controls-fitview').click();
    await settled();
  });

  it('assigns the task to people with the searchable picker and names React Flow’s own controls in Dutch', async () => {
    await page.locator('.react-flow__node-task').click();
    await page.getByRole('tab', { name: 'Eigenschappen' }).click();
    await page.getByRole('button', { name: 'Bestemming toevoegen' }).click();
    await page.locator('.who-item select').first().selectOption({ label: 'Gebruikers' });
    const picker = page.getByRole('combobox', { name: 'Gebruikers' });
    await picker.fill('chan');
    await picker.press('Enter');
    await picker.fill('dirk');
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await picker.press('Escape');
    expect(await page.locator('.picker-chip').allTextContents()).toEqual(['Chantal Bakker×', 'Dirk Visser×']);
    await page.getByRole('button', { name: 'Chantal Bakker verwijderen' }).click();
    expect(await page.locator('.picker-chip').allTextContents()).toEqual(['Dirk Visser×']);
    expect(await page.locator('.react-flow__controls').getAttribute('aria-label')).toBe('Zoomknoppen');
    expect(await page.locator('.react-flow__controls-zoomin').getAttribute('title')).toBe('Inzoomen');
    await page.locator('.react-flow__node-task').click();
    await shoot('editor-chain-nl');
  });

  it('shows the same in German without overflowing buttons or tabs', async () => {
    await page.goto(`${host.url}#/settings`);
    await page.getByText('Deutsch', { exact: true }).click();
    await page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Onkostendeclaratie' }).waitFor();
    expect(await page.locator('.palette [data-kind="notify"]').textContent()).toBe('Benachrichtigung');
    expect(await page.locator('.react-flow__controls-fitview').getAttribute('title')).toBe('Alles zeigen');
    await page.locator('.react-flow__node-task').click();
    await shoot('editor-chain-de');
  });

  it('shows a published version’s title and its restore button whole at 1280×800 in German', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${host.url}#/design/wf-accordering/v/1`);
    await page.getByRole('button', { name: 'Als Entwurf wiederherstellen' }).waitFor();
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('.editor-bar h1, .editor-tools button')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.textContent),
    );
    expect(clipped).toEqual([]);
    // The version picker is as wide as the version it shows.
    const picker = await page.locator('.editor-title-meta select').boundingBox();
    expect(picker!.width).toBeLessThan(260);
    await shoot('editor-version-de');
  });

  it('runs without errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
