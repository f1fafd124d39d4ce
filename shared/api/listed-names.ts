/**
 * Names in a refusal or a notice: at most `max`, then how many more ("a, b, c, +2"). The count is
 * language-neutral by default, so the list can go into a reason's params that every language shows;
 * English-only lines (the terminal's) may word it with `more`.
 */
export function listedNames(
  names: readonly string[],
  max = 3,
  more: (count: number) => string = (count) => `+${count}`,
): string {
  if (names.length <= max) return names.join(', ');
  return [...names.slice(0, max), more(names.length - max)].join(', ');
}
