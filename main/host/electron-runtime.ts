import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The path of the Electron executable, or null where its runtime is not installed (the electron
 * package is there but its install step could not download the binary).
 */
export function findElectronRuntime(fromFile: string): string | null {
  try {
    const path: unknown = createRequire(fromFile)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
