// Run by engine.measure.ts in fresh processes. `park dataDir resourcesDir N`: open the app and park
// N items at their first task. `measure dataDir resourcesDir`: open the app as at a start, collect
// garbage and print the resident memory.
import { createApp } from '../../main/app';
import { withCallers } from '../helpers/app';
import { publishTwoTaskWorkflow } from '../helpers/two-task-workflow';

const [mode, dataDir, resourcesDir, count] = process.argv.slice(2) as [string, string, string, string];
const app = withCallers(
  await createApp({ dataDir, resourcesDir, host: 'browser', version: 'bench', backgroundTimers: false }),
);
if (mode === 'park') {
  const type = await publishTwoTaskWorkflow(app.dispatch, app.store);
  let next = 0;
  await Promise.all(
    Array.from({ length: 200 }, async () => {
      while (next < Number(count)) {
        const i = next++;
        await app.dispatch('items.submit', {
          itemTypeId: type,
          subject: `Brief ${i}`,
          fields: { onderwerp: `Brief ${i}` },
        });
      }
    }),
  );
} else {
  (globalThis as { gc?: () => void }).gc?.();
  console.log(`parked=${app.runtime.open().length} rss=${process.memoryUsage().rss}`);
}
await app.close();
