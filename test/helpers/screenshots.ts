import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { outputDir } from './app-in-browser';

/**
 * Screenshots of the page at a laptop's 1280×800 and a desktop's 1920×1080 into test/output/; then 1440×900.
 * `notSideways`: fail when the page scrolls sideways at either size; `fullPage`: the whole page, not the window.
 */
export async function shootBothSizes(
  page: Page,
  name: string,
  options: { notSideways?: boolean; fullPage?: boolean } = {},
): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({
      path: join(outputDir, `${name}-${width}x${height}.png`),
      fullPage: options.fullPage ?? false,
    });
    if (options.notSideways) {
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      if (sideways) throw new Error(`${name} scrolls sideways at ${width}×${height}`);
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}
