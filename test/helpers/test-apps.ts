import { afterEach } from 'vitest';
import { openTestApp } from './app';
import { fakeClock } from './clock';

type Closable = { close(): Promise<void> };

/**
 * Apps (and anything else with `close()`) a test opens, closed after it, newest first. `close`
 * closes one in the middle of a test (a restart) so it is not closed again.
 */
export function useTestApps() {
  const open: Closable[] = [];
  afterEach(async () => {
    for (const it of open.splice(0).reverse()) await it.close();
  });
  const track = <T extends Closable>(it: T): T => (open.push(it), it);
  return {
    track,
    open: async (dataDir: string, clock: Parameters<typeof openTestApp>[1] = fakeClock()) =>
      track(await openTestApp(dataDir, clock)),
    async close(it: Closable): Promise<void> {
      const i = open.indexOf(it);
      if (i !== -1) open.splice(i, 1);
      await it.close();
    },
  };
}
