/** p50 and p99 of a list of timings (ms). */
export const percentiles = (values: number[]): { p50: number; p99: number } => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { p50: at(50), p99: at(99) };
};
