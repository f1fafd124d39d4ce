import { createRequire } from 'node:module';

/**
 * A package loaded when first asked for instead of at every start, synchronously through its
 * CommonJS build: for code that cannot wait for an import (a working-day count in the middle of
 * an engine step, a CSV read). The first call pays the load once.
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= createRequire(import.meta.url)(id) as T);
}
