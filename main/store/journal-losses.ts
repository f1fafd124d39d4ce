import type { IndexedCopy } from './journal-copies';

/** What may be missing after a journal could not be replayed to its end: names people know, and how many things. */
export interface Losses {
  /** The names of the first of them (an item's number and subject, a record's title). */
  names: string[];
  /** How many different things (items, records…) had changes there, named or not. */
  count: number;
}

/** The name people know a thing by, from its value (as written, or as held now); undefined: not a thing people see. */
export type NameOf = (collection: string, key: string, value: unknown) => string | null | undefined;

const MAX_NAMES = 20;

/** `{"c":"items","k":"id-7"` as every change starts: found even in a line that does not read as a whole. */
const CHANGE_START = /\{"c":"([^"\\]+)","k":("(?:[^"\\]|\\.)*")/g;

type Change = { c: string; k: string; v?: unknown };

/** The changes a line holds: all of them where it reads, else those whose start can still be made out. */
function changesIn(text: string): Change[] {
  try {
    const { c } = JSON.parse(text) as { c?: unknown };
    if (Array.isArray(c)) return c.filter((x): x is Change => typeof x?.c === 'string' && typeof x?.k === 'string');
  } catch {
    // Damaged: fall through to what can be made out.
  }
  const found: Change[] = [];
  for (const [, c, k] of text.matchAll(CHANGE_START)) {
    try {
      found.push({ c: c!, k: JSON.parse(k!) as string });
    } catch {
      // Not even the key reads.
    }
  }
  return found;
}

/**
 * The things whose changes were in the lines that could not be applied: every line of `copies`
 * (the sources from the one replay stopped in on) for a write after `seq`, read or damaged. Only
 * things `nameOf` knows count (items, records: not timers or counters); a thing whose name cannot
 * be told (a new one in a damaged line) is counted without a name.
 */
export function lossesAfter(copies: readonly IndexedCopy[], seq: number, nameOf: NameOf): Losses {
  const seen = new Map<string, string | null>();
  const lines = copies.flatMap((copy) => [
    ...[...copy.bySeq.values()].filter((l) => l.s > seq),
    ...copy.bad.filter((b) => b.standsFor === null || b.standsFor > seq),
  ]);
  for (const { text } of lines) {
    for (const { c, k, v } of changesIn(text)) {
      const id = `${c}\u0000${k}`;
      const name = nameOf(c, k, v);
      if (name === undefined) continue;
      if (!seen.get(id)) seen.set(id, name);
    }
  }
  const names = [...seen.values()].filter((n): n is string => n !== null);
  return { names: [...new Set(names)].slice(0, MAX_NAMES), count: seen.size };
}
