import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const resourcesDir = `${repoRoot}resources`;
export const rendererDist = `${repoRoot}dist/renderer`;
export const startScript = `${repoRoot}dist/main/start.js`;
