import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputDir } from '../helpers/app-in-browser';
import { axeViolations } from '../helpers/axe';
import { launchChromium } from '../helpers/chromium';
import { type HostProcess, startHostProcess } from '../helpers/host-process';
import { rpc } from '../helpers/http';
import { vatReturn } from '../helpers/items';
import { labelTargetProblems } from '../helpers/label-targets';
import { layoutProblems } from '../helpers/layout-problems';
import { signInPage } from '../helpers/sign-in-page';
import { useTempDirs } from '../helpers/temp-dir';
import { type TourStop, tourStops } from '../helpers/tour-areas';

// Every area and tab at a laptop's and a desktop monitor's size, light and dark, in each language:
// nothing scrolls sideways, no text is cut off, every label names a field on the page, and axe-core
// finds nothing serious.
const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const languages = ['nl', 'en', 'de'] as const;
const themes = ['light', 'dark'] as const;
/** Boxes meant to scroll sideways: a message's plain text, the canvas. */
const sideways = ['pre', '.react-flow'];
const shots = join(outputDir, 'tour');

const tempDir = useTempDirs();
let host: HostProcess;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  host = await startHostProcess(tempDir());
  // The office's own data beside the samples: approval messages with long Dutch subjects — one the
  // administrator submits (so it is theirs to see: the type is confidential), one another application
  // submits for Eva —, their tasks and mail (waiting in the capture mailbox: no SMTP server is set).
  const { submitterUserId: _eva, ...own } = vatReturn(
    'Btw-aangifte vierde kwartaal 2026 Bakkerij Van den Heuvel-Smits B.V.',
  );
  const submitted = await rpc(host.port, host.token, 'items.submit', own);
  if (submitted.status !== 200) throw new Error(`items.submit: ${submitted.status} ${submitted.text}`);
  const posted = await host.api('POST', '/items', vatReturn('ICP-opgaaf derde kwartaal'), 'user-eva');
  if (posted.status !== 201) throw new Error(`POST /items: ${posted.status} ${posted.text}`);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** Go to a stop of the tour and wait until it shows its data. */
async function visit(page: Page, stop: TourStop): Promise<void> {
  // A dialog the stop before opened closes first (Escape), as a person would close it.
  if (await page.locator('.dialog').count()) {
    await page.keyboard.press('Escape');
    await page.locator('.dialog').waitFor({ state: 'detached' });
  }
  // The hash changes, then (a task later) the app renders the page: wait for the frame after it.
  await page.evaluate(async (hash) => {
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    const before = window.location.hash;
    window.location.hash = hash;
    if (window.location.hash !== before) await changed;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }, stop.hash);
  const shown = async (selector: string) =>
    page
      .locator(selector)
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(async (e: Error) => {
        await page.screenshot({ path: join(shots, `did-not-show-${stop.name}.png`) });
        throw new Error(`${stop.name}: ${selector} did not show (${e.message.split('\n')[0]})`);
      });
  await shown(stop.ready);
  if (stop.open) {
    await page.locator(stop.open.click).first().click();
    await shown(stop.open.shown);
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

describe('the tour of every area', () => {
  for (const language of languages) {
    for (const theme of themes) {
      it(`fits at 1280×800 and 1920×1080 in ${language}, ${theme}${language === 'en' ? '' : ', and passes axe'}`, async () => {
        const set = await rpc(host.port, host.token, 'settings.update', { language, theme });
        expect(set.status).toBe(200);
        const context = await browser.newContext({ viewport: sizes[0] });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('pageerror', (e) => problems.push(`${language} ${theme}: the page threw ${e.message}`));
        try {
          await signInPage(page, host.url);
          for (const size of sizes) {
            await page.setViewportSize(size);
            for (const stop of tourStops) {
              await visit(page, stop);
              const where = `${stop.name}-${size.width}-${theme}-${language}`;
              await page.screenshot({ path: join(shots, `${where}.png`) });
              const found = await layoutProblems(page, sideways);
              // Labels and axe at one size: neither depends on it; axe in the office's languages (it
              // takes a fifth of the tour's time; English has the same markup).
              if (size.width === 1280) found.push(...(await labelTargetProblems(page)));
              if (size.width === 1280 && language !== 'en') found.push(...(await axeViolations(page)));
              problems.push(...found.map((p) => `${where}: ${p}`));
            }
          }
        } finally {
          await context.close();
        }
        expect(problems).toEqual([]);
      }, 300_000);
    }
  }

  it('opens another area at its top, not at the scroll position of the page before', async () => {
    expect((await rpc(host.port, host.token, 'settings.update', { language: 'nl', theme: 'light' })).status).toBe(200);
    const context = await browser.newContext({ viewport: sizes[0] });
    const page = await context.newPage();
    const thrown: string[] = [];
    page.on('pageerror', (e) => thrown.push(e.message));
    try {
      await signInPage(page, host.url);
      const top = () => page.locator('main.content').evaluate((el) => el.scrollTop);
      // Settings, scrolled to its end, then the Directory's users: both taller than the window (a low
      // one, so that the sample list is), the users open at their top.
      await page.setViewportSize({ width: 1280, height: 420 });
      await visit(
        page,
        tourStops.find((stop) => stop.name === 'settings')!,
      );
      await page.locator('main.content').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      expect(await top()).toBeGreaterThan(500);
      await page.locator('nav.sidebar a[href="#/directory"]').click();
      await page.locator('.table tbody tr').first().waitFor();
      expect(await top()).toBe(0);
      expect(thrown).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
