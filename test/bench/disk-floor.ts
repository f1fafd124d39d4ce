import { constants } from 'node:fs';
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
 * appends `bytes` durably, round after round, the way our journals do: with O_DSYNC where the OS
 * has it (the write returns once the bytes are on disk), else write and fdatasync. A round writes
 * to its number of files at once (a mirrored journal is two). Take a sample after each of ours, so
 * both see the disk as it is at that moment (its tail comes and goes): our latency can approach
 * this floor, never go under it.
 */
export async function openDiskFloor(dir: string, rounds: readonly number[], bytes = 1_000): Promise<DiskFloor> {
  const dsync = Boolean(constants.O_DSYNC);
  const flags = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (dsync ? constants.O_DSYNC : 0);
  const line = Buffer.alloc(bytes, 'x');
  line[line.length - 1] = 0x0a;
  const files = await Promise.all(
    rounds.map((copies, r) =>
      Promise.all(Array.from({ length: copies }, (_, c) => open(join(dir, `floor-${r}-${c}.log`), flags))),
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
            if (!dsync) await file.datasync();
          }),
        );
      times.push(performance.now() - t);
      return times.at(-1)!;
    },
    result: () => percentiles(times),
    close: () => Promise.all(files.flat().map((file) => file.close())).then(() => undefined),
  };
}
