import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { type HostProcess, startHostProcess } from './host-process';
import { repoRoot } from './paths';
import { useTempDirs } from './temp-dir';
import { signInPage } from './sign-in-page';

export const outputDir = join(repoRoot, 'test', 'output');

export interface AppInBrowser {
  host: HostProcess;
  browser: Browser;
  page: Page;
  /** Errors the page threw or logged, and 5xx answers; a test ends by expecting none. */
  errors: string[];
}

/**
 * The built app served by its own host process on a fresh data folder (a scripted install: its
 * first administrator), and a Chromium page on it signed in as that administrator, for the tests
 * of one file. `prepare` runs against the host before the browser opens.
 */
export function useAppInBrowser(
  options: {
    viewport?: { width: number; height: number };
    /** The page's time zone (e.g. Europe/Amsterdam), for local-time tests; the machine's by default. */
    timezoneId?: string;
    prepare?(host: HostProcess): Promise<void>;
    /** Environment of the host process (e.g. SMTP_URL of a server a beforeAll registered earlier started). */
    env?: () => Record<string, string>;
    /** Count errors the page logs too (off where a test provokes blocked content on purpose). */
    consoleErrors?: boolean;
    /** Sign the page in as the first administrator (default); false leaves it at the sign-in screen. */
    signIn?: boolean;
    /** More command-line flags for the host process. */
    args?: string[];
  } = {},
): AppInBrowser {
  const tempDir = useTempDirs();
  const ctx = { errors: [] as string[] } as AppInBrowser;
  beforeAll(async () => {
    mkdirSync(outputDir, { recursive: true });
    ctx.host = await startHostProcess(tempDir(), options.args ?? [], options.env?.() ?? {});
    await options.prepare?.(ctx.host);
    ctx.browser = await launchChromium();
    ctx.page = await ctx.browser.newPage({
      viewport: options.viewport ?? { width: 1440, height: 900 },
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    });
    ctx.page.on('pageerror', (e) => ctx.errors.push(e.message));
    if (options.consoleErrors !== false)
      ctx.page.on('console', (m) => m.type() === 'error' && ctx.errors.push(m.text()));
    ctx.page.on(
      'response',
      async (r) => r.status() >= 500 && ctx.errors.push(`${r.status()} ${r.url()} ${await r.text().catch(() => '')}`),
    );
    if (options.signIn !== false) await signInPage(ctx.page, ctx.host.url);
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.host?.stop();
  });
  return ctx;
}
