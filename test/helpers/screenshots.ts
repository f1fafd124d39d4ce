import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { outputDir } from './app-in-browser';

/** Screenshots of the page at a laptop's 1280×800 and a desktop's 1920×1080 into test/output/; then 1440×900. */
export async function shootBothSizes(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(outputDir, `${name}-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}
