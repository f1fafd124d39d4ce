import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const resourcesDir = join(repoRoot, 'resources');
export const rendererDist = join(repoRoot, 'dist', 'renderer');
export const startScript = join(repoRoot, 'dist', 'main', 'start.js');
