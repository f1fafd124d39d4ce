import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { percentiles } from './percentiles';

export interface DiskFloor {
  /** Time one more acknowledged change of the disk alone (ms); kept for `result`. */
  sample(): Promise<number>;
  result(): { p50: number; p99: number };
  close(): Promise<void>;
}

/**
 * What the disk alone costs for one acknowledged change: plain node, no code of ours. A sample
 * appends `bytes` and fdatasyncs, round after round; a round writes to its number of files at once
 * (a mirrored journal is two), the way our stores do. Take a sample after each of ours, so both
 * see the disk as it is at that moment (its tail comes and goes): our latency can approach this
 * floor, never go under it.
 */
export async function openDiskFloor(dir: string, rounds: readonly number[], bytes = 1_000): Promise<DiskFloor> {
  const line = Buffer.alloc(bytes, 'x');
  line[line.length - 1] = 0x0a;
  const files = await Promise.all(
    rounds.map((copies, r) =>
      Promise.all(Array.from({ length: copies }, (_, c) => open(join(dir, `floor-${r}-${c}.log`), 'a'))),
    ),
  );
  const times: number[] = [];
  return {
    async sample() {
      const t = performance.now();
      for (const round of files)
        await Promise.all(
          round.map(async (file) => {
            await file.write(line);
            await file.datasync();
          }),
        );
      times.push(performance.now() - t);
      return times.at(-1)!;
    },
    result: () => percentiles(times),
    close: () => Promise.all(files.flat().map((file) => file.close())).then(() => undefined),
  };
}
