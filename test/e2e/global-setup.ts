import { existsSync } from 'node:fs';
import { rendererDist, startScript } from '../helpers/paths';
import { chromiumPath } from '../helpers/chromium';

/** End-to-end tests run the built app; say plainly what is missing instead of failing obscurely. */
export default function setup(): void {
  if (!existsSync(startScript) || !existsSync(`${rendererDist}/index.html`)) {
    throw new Error('The app is not built: run `npm run build` first (`npm test` does).');
  }
  if (!existsSync(chromiumPath)) {
    const how = '`npm test` installs it (as root), or run: sudo apt-get install chromium';
    throw new Error(`Chromium is not installed at ${chromiumPath}: ${how}`);
  }
}
