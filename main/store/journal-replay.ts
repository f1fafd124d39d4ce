import type { NoticeCause } from '@shared/model/store-notice';
import { type IndexedCopy, indexCopy, type LogSource } from './journal-copies';
import { causeOf } from './notice-cause';

/** One line of a journal: a batch of changes written together, numbered, with when it was written. */
export interface JournalLine {
  s: number;
  /** When the batch was written (lines of older versions have none). */
  t?: string;
  c: { c: string; k: string; v?: unknown }[];
}

/** Where replaying stopped: the source, its copy and line (from 1) that stopped it, and why. */
export interface ReplayStop {
  source: number;
  copy: number;
  line: number;
  reason: string;
  cause: NoticeCause;
}

export interface ReplayResult {
  /** The last batch applied (or the snapshot's, if none was). */
  seq: number;
  /** When the last batch applied was written. */
  lastAt?: string;
  stop?: ReplayStop;
  /** Per source (as far as replaying got), the text of each batch applied from it, by write number, in order. */
  applied: Map<number, string>[];
  /** Per source, its copies with their lines sorted out. */
  indexed: IndexedCopy[][];
}

export function parseLine(text: string): JournalLine {
  let line: Partial<JournalLine>;
  try {
    line = JSON.parse(text) as Partial<JournalLine>;
  } catch (error) {
    throw new Error(`it is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (typeof line?.s !== 'number' || !Array.isArray(line.c)) throw new Error('the line is not a journal batch');
  return line as JournalLine;
}

type Read<T> = { ok: true; line: JournalLine; batch: T } | { ok: false; reason: string; cause: NoticeCause };

/** Read a line as a batch, checked whole by `decode`; or why it cannot be. */
export function readBatch<T>(text: string, decode: (line: JournalLine) => T): Read<T> {
  try {
    const line = parseLine(text);
    return { ok: true, line, batch: decode(line) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message, cause: causeOf(error) };
  }
}

/** Why a line that does not even carry a write number cannot be read. */
const whyBad = (text: string): { reason: string; cause: NoticeCause } => {
  const read = readBatch(text, () => undefined);
  return read.ok ? { reason: 'the line is not a journal batch', cause: 'notValid' } : read;
};

/**
 * What keeps replay from going on after write `seq` in a source that has no batch `seq + 1`: a
 * line that does not read and stands for a write not yet applied (one the other copy does not
 * hold either), or a later write with a hole before it. Null: the source simply ends here.
 */
function blockerAt(copies: readonly IndexedCopy[], seq: number): Omit<ReplayStop, 'source'> | null {
  const found: (Omit<ReplayStop, 'source'> & { s: number })[] = [];
  for (const [copy, { bad, bySeq }] of copies.entries()) {
    for (const line of bad) {
      // A line that tells no number is covered where another copy holds a line of its place already applied.
      const placed = line.standsFor ?? (covered(copies, copy, line.line, seq) ? seq : seq + 1);
      if (placed > seq) found.push({ copy, line: line.line, s: placed, ...whyBad(line.text) });
    }
    for (const line of bySeq.values()) {
      if (line.s <= seq + 1) continue;
      const reason = `it holds write ${line.s}, but the last write restored is ${seq}`;
      found.push({ copy, line: line.line, s: line.s, reason, cause: 'gap' });
    }
  }
  // The first in the history; of two at one place, the journal's own before its copy's.
  const first = found.reduce<(typeof found)[number] | null>((a, b) => (a && a.s <= b.s ? a : b), null);
  if (!first) return null;
  const { s: _s, ...stop } = first;
  return stop;
}

const covered = (copies: readonly IndexedCopy[], copy: number, line: number, seq: number): boolean =>
  copies.some((other, i) => i !== copy && [...other.bySeq.values()].some((l) => l.line === line && l.s <= seq));

/**
 * Apply the batches of `sources`, in order, on top of a snapshot that holds every batch up to
 * `seq`. Batches it already holds are skipped. Each batch is taken from whichever copy of its
 * source holds it readably: a copy that is missing, cut short or damaged where the other is not
 * loses nothing. It stops where neither copy has the next batch readably while something follows
 * (a hole in the history cannot be stepped over: what is restored is always the state at one
 * moment), and where the two copies hold different batches under one write number (neither can
 * be trusted). `decode` checks a whole batch before `apply` changes anything.
 */
export function replayLogs<T>(
  sources: readonly LogSource[],
  seq: number,
  decode: (line: JournalLine) => T,
  apply: (batch: T) => void,
): ReplayResult {
  let lastAt: string | undefined;
  const applied: Map<number, string>[] = [];
  const indexed: IndexedCopy[][] = [];
  const result = (stop?: ReplayStop): ReplayResult => ({
    seq,
    ...(lastAt ? { lastAt } : {}),
    ...(stop ? { stop } : {}),
    applied,
    indexed,
  });
  for (const [source, { copies }] of sources.entries()) {
    const own = copies.map(indexCopy);
    const done = new Map<number, string>();
    indexed.push(own);
    applied.push(done);
    for (;;) {
      const next = seq + 1;
      const found = own.flatMap((c, copy) => {
        const line = c.bySeq.get(next);
        return line ? [{ copy, line: line.line, text: line.text }] : [];
      });
      if (!found.length) {
        const blocker = blockerAt(own, seq);
        if (blocker) return result({ source, ...blocker });
        break;
      }
      // Each different text once, the journal itself first.
      const texts = found.filter((f, i) => found.findIndex((g) => g.text === f.text) === i);
      const reads = texts.map((f) => ({ ...f, read: readBatch(f.text, decode) }));
      const good = reads.flatMap((r) => (r.read.ok ? [{ ...r, read: r.read }] : []));
      const [take] = good;
      if (!take) {
        const { copy, line, read } = reads[0]!;
        const { reason, cause } = read.ok ? { reason: '', cause: 'notValid' as const } : read;
        return result({ source, copy, line, reason, cause });
      }
      if (good.length > 1) {
        const reason = `its copies hold different changes as write ${next}`;
        return result({ source, copy: take.copy, line: take.line, reason, cause: 'notValid' });
      }
      apply(take.read.batch);
      seq = next;
      done.set(next, take.text);
      if (typeof take.read.line.t === 'string') lastAt = take.read.line.t;
    }
  }
  return result();
}
