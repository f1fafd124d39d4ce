import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Fresh folders under the OS temp dir, removed (with a `<folder>.setup` beside one) once the test file is done. */
export function useTempDirs() {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made.splice(0)) {
      rmSync(dir, { recursive: true, force: true });
      // Beside a data folder: the password and token files of its scripted install (startHostProcess).
      rmSync(`${dir}.setup`, { recursive: true, force: true });
    }
  });
  return (label = 'stroomlijn') => {
    const dir = mkdtempSync(join(tmpdir(), `${label}-`));
    made.push(dir);
    return dir;
  };
}
