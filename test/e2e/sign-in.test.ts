import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputDir } from '../helpers/app-in-browser';
import { launchChromium } from '../helpers/chromium';
import { type HostProcess, startHostProcess } from '../helpers/host-process';
import { rpc } from '../helpers/http';
import { PASSWORD, signInOverRpc } from '../helpers/sign-in';
import { signOutPage } from '../helpers/sign-in-page';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
let browser: Browser;
let host: HostProcess;
const errors: string[] = [];
const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  // A new data folder started without a scripted install: the page asks for the first administrator.
  host = await startHostProcess(tempDir(), [], {}, [], false);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: sizes[0] });
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

/** Screenshots at both sizes, light and dark (the theme follows the system until one is chosen). */
async function shoot(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const size of sizes) {
      await page.setViewportSize(size);
      await page.screenshot({ path: join(outputDir, `${name}-${colorScheme}-${size.width}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(sizes[0]);
}

describe('signing in, in Chromium', () => {
  it('a new data folder: the first administrator is made on the page, and is signed in', async () => {
    expect(host.output()).not.toContain('stl_');
    const page = await newPage();
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Eerste beheerder aanmaken' }).waitFor();
    expect(await page.getByLabel('Ik ben').count()).toBe(0);
    await shoot(page, 'first-admin-nl');
    await page.locator('#setup-name').fill('Fenna de Boer');
    await page.locator('#setup-login').fill('fenna');
    await page.locator('#setup-email').fill('fenna@stroomlijn.example');
    await page.locator('#setup-password').fill(PASSWORD);
    await page.locator('#setup-repeat').fill(PASSWORD);
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    await page.locator('nav.sidebar').waitFor();
    expect(await page.locator('.user-menu').textContent()).toContain('Fenna de Boer');
    // The session is an HttpOnly cookie: no script of the page can read it.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([['stroomlijn_session', true, 'Strict']]);
    await signOutPage(page);
    await page.close();
  });

  it('the sign-in screen in Dutch and German, light and dark; a wrong password is said on it', async () => {
    const page = await newPage();
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    expect(await page.getByLabel('Inlognaam').count()).toBe(1);
    await page.locator('#sign-in-login').fill('fenna');
    await page.locator('#sign-in-password').fill('niet mijn wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').getByText('Inlognaam of wachtwoord klopt niet.').waitFor();
    await shoot(page, 'sign-in-nl');

    const cookie = await signInOverRpc(host.port, host.token, 'fenna');
    expect((await rpc(host.port, host.token, 'settings.update', { language: 'de' }, cookie)).status).toBe(200);
    await page.reload();
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    await shoot(page, 'sign-in-de');
    await page.locator('#sign-in-login').fill('fenna');
    await page.locator('#sign-in-password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.locator('nav.sidebar').waitFor();
    expect(errors).toEqual([]);
  });
});
