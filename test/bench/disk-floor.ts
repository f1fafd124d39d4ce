import { open } from 'node:fs/promises';
import { join } from 'node:path';

/** p50 and p99 of a list of timings (ms). */
export const percentiles = (values: number[]): { p50: number; p99: number } => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { p50: at(50), p99: at(99) };
};

/**
 * What the disk alone costs for one acknowledged change, measured in the same run as ours: plain
 * node, no code of ours. Each sample appends `bytes` and fdatasyncs, round after round; a round
 * writes to its number of files at once (a mirrored journal is two), the way our stores do.
 * Our latency can approach this floor, never go under it.
 */
export async function diskFloor(
  dir: string,
  rounds: readonly number[],
  options: { samples?: number; bytes?: number } = {},
): Promise<{ p50: number; p99: number }> {
  const samples = options.samples ?? 1_000;
  const line = Buffer.alloc(options.bytes ?? 1_000, 'x');
  line[line.length - 1] = 0x0a;
  const files = await Promise.all(
    rounds.map((copies, r) =>
      Promise.all(Array.from({ length: copies }, (_, c) => open(join(dir, `floor-${r}-${c}.log`), 'a'))),
    ),
  );
  const times: number[] = [];
  try {
    for (let n = 0; n < samples; n++) {
      const t = performance.now();
      for (const round of files)
        await Promise.all(
          round.map(async (file) => {
            await file.write(line);
            await file.datasync();
          }),
        );
      times.push(performance.now() - t);
    }
  } finally {
    await Promise.all(files.flat().map((file) => file.close()));
  }
  return percentiles(times);
}
