/**
 * The end of every switch over a union of kinds: a kind that is added to the union but not handled
 * makes the call fail to compile (its argument is no longer `never`).
 */
export function assertNever(value: never, what = 'kind'): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}
