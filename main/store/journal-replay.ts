import type { NoticeCause } from '../../shared/api/contract';
import { causeOf } from './notice-cause';

/** One line of a journal: a batch of changes written together, numbered, with when it was written. */
export interface JournalLine {
  s: number;
  /** When the batch was written (lines of older versions have none). */
  t?: string;
  c: { c: string; k: string; v?: unknown }[];
}

/** A journal file and its lines. */
export interface LogSource {
  path: string;
  lines: readonly string[];
}

/** Where replaying stopped: the file, the line (from 1) and why. */
export interface ReplayStop {
  source: number;
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
}

function parseLine(text: string): JournalLine {
  let line: Partial<JournalLine>;
  try {
    line = JSON.parse(text) as Partial<JournalLine>;
  } catch (error) {
    throw new Error(`it is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (typeof line?.s !== 'number' || !Array.isArray(line.c)) throw new Error('the line is not a journal batch');
  return line as JournalLine;
}

/**
 * Apply the batches of `sources`, in order, on top of a snapshot that holds every batch up to
 * `seq`. Batches it already holds are skipped. It stops at the first line that does not read or
 * whose batch does not follow the last one applied (a gap): what comes after a hole in the history
 * cannot be applied safely, so what is restored is always the state at one moment. `decode`
 * checks a whole batch before `apply` changes anything.
 */
export function replayLogs<T>(
  sources: readonly LogSource[],
  seq: number,
  decode: (line: JournalLine) => T,
  apply: (batch: T) => void,
): ReplayResult {
  let lastAt: string | undefined;
  for (const [source, { lines }] of sources.entries()) {
    for (const [index, text] of lines.entries()) {
      const stop = (reason: string, cause: NoticeCause): ReplayResult => ({
        seq,
        ...(lastAt ? { lastAt } : {}),
        stop: { source, line: index + 1, reason, cause },
      });
      let line: JournalLine;
      let batch: T;
      try {
        line = parseLine(text);
        if (line.s <= seq) continue;
        if (line.s !== seq + 1) return stop(`it holds write ${line.s}, but the last write restored is ${seq}`, 'gap');
        batch = decode(line);
      } catch (error) {
        return stop((error as Error).message, causeOf(error));
      }
      apply(batch);
      seq = line.s;
      if (typeof line.t === 'string') lastAt = line.t;
    }
  }
  return { seq, ...(lastAt ? { lastAt } : {}) };
}
