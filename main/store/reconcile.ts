export type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (value: unknown): unknown => (isPlain(value) ? value.id : undefined);

/**
 * Make `target` equal to `source` in place, keeping the objects that stand for the same thing:
 * the same key of an object, or the element of an array with the same `id`. Code that holds one
 * of them (a message being sent, a workflow being edited) then goes on changing the live data,
 * not a copy that is no longer written. Elements without an id are replaced.
 */
export function reconcile(target: Plain, source: Plain): void {
  for (const key of Object.keys(target)) if (!(key in source)) delete target[key];
  for (const [key, value] of Object.entries(source)) target[key] = merged(target[key], value);
}

function merged(current: unknown, next: unknown): unknown {
  if (Array.isArray(current) && Array.isArray(next)) {
    const byId = new Map(current.filter((e) => idOf(e) !== undefined).map((e) => [idOf(e), e]));
    const elements = next.map((e) => (idOf(e) === undefined ? e : merged(byId.get(idOf(e)), e)));
    current.splice(0, current.length, ...elements);
    return current;
  }
  if (isPlain(current) && isPlain(next)) {
    reconcile(current, next);
    return current;
  }
  return next;
}
