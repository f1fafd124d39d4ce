import type { NoticeCause } from '@shared/model/store-notice';
import type { IndexedCopy } from './journal-copies';

/** Where a copy of a journal first does not hold what was restored from it and its other copy, and why. */
export interface CopyProblem {
  line: number;
  reason: string;
  cause: NoticeCause;
  /** Only the last batch is not in it: what a crash during that very write leaves (it was never acknowledged). */
  onlyLastWrite: boolean;
}

/**
 * Compare one copy with the batches restored from its source (`applied`, by write number, in
 * order): the first one it does not hold as restored is where it was damaged. `why` says why a
 * line does not read. Null: the copy holds every batch restored.
 */
export function copyProblem(
  copy: IndexedCopy,
  applied: ReadonlyMap<number, string>,
  why: (text: string) => { reason: string; cause: NoticeCause },
): CopyProblem | null {
  if (!copy.copy.there) {
    return { line: 1, reason: 'the file was missing', cause: 'missing', onlyLastWrite: false };
  }
  const last = [...applied.keys()].at(-1);
  for (const [s, text] of applied) {
    const own = copy.bySeq.get(s);
    if (own?.text === text) continue;
    const bad = copy.bad.find((b) => b.standsFor === s || b.standsFor === null);
    if (bad) return { line: bad.line, ...why(bad.text), onlyLastWrite: false };
    if (own) return { line: own.line, ...why(own.text), onlyLastWrite: false };
    const later = [...copy.bySeq.values()].find((l) => l.s > s);
    if (later) return { line: later.line, reason: `write ${s} is missing from it`, cause: 'gap', onlyLastWrite: false };
    const end = (copy.copy.lines.at(-1)?.line ?? 0) + 1;
    return { line: end, reason: `it ends before write ${s}`, cause: 'short', onlyLastWrite: s === last };
  }
  return null;
}
