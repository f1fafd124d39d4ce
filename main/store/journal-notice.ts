import type { StoreNotice } from '@shared/model/store-notice';
import type { CopyProblem } from './journal-copy-check';
import type { Losses } from './journal-losses';
import type { Recovered } from './read-recovering';
import type { ReplayResult } from './journal-replay';

/** A copy of a journal that was damaged and made again from its other copy. */
export interface RepairedCopy {
  file: string;
  readFrom: string;
  problem: CopyProblem;
  keptAs?: string;
}

/** What opening a snapshot and replaying its journals came to. */
export interface JournalLoad {
  at: string;
  snapshotPath: string;
  journalPath: string;
  found: Recovered<unknown>;
  replay: ReplayResult;
  /** The file replaying stopped in, and its other copy (which could not be read there either, or was missing too). */
  stoppedIn?: string;
  copyFile?: string;
  /** The journals kept aside because replaying stopped in them (or before them). */
  keptLogs: string[];
  /** When the snapshot the data started from was written. */
  snapshotAt?: string;
  /** The journal was missing where one should be (see JournaledStore). */
  journalMissing: boolean;
  /** What the lines that could not be applied held. */
  losses?: Losses;
  /** Copies that were damaged and made again from their other copy: nothing of them is missing. */
  repaired: readonly RepairedCopy[];
}

/** The notices for the user, if anything was not as it should be; each kind says whether something is missing. */
export function journalNotices(o: JournalLoad): StoreNotice[] {
  const main = mainNotice(o);
  const copies = o.replay.stop ? [] : o.repaired.map((r) => copyNotice(o.at, r));
  return [...(main ? [main] : []), ...copies];
}

function copyNotice(at: string, { file, readFrom, problem, keptAs }: RepairedCopy): StoreNotice {
  const { reason, cause, line } = problem;
  const kept = keptAs ? { keptAs } : {};
  const where = cause === 'missing' ? {} : { line };
  return { kind: 'journalCopyRestored', at, file, reason, cause, ...where, readFrom, ...kept };
}

function mainNotice(o: JournalLoad): StoreNotice | null {
  const { found, replay } = o;
  const since = replay.lastAt ?? o.snapshotAt;
  const when = since ? { since } : {};
  const stop = replay.stop;
  const mayMiss = o.losses?.count ? { mayMiss: o.losses.names, mayMissCount: o.losses.count } : {};
  const copyFile = o.copyFile ? { copyFile: o.copyFile } : {};
  if (found.from === 'file' || found.from === 'nothing') {
    if (stop) {
      const keptAs = o.keptLogs[0] ? { keptAs: o.keptLogs[0] } : {};
      const file = o.stoppedIn ?? o.journalPath;
      const { reason, cause, line } = stop;
      return { kind: 'journalCut', at: o.at, file, reason, cause, line, ...when, ...keptAs, ...copyFile, ...mayMiss };
    }
    if (!o.journalMissing) return null;
    const reason = 'the file was missing';
    return { kind: 'journalMissing', at: o.at, file: o.journalPath, reason, cause: 'missing', ...when, ...copyFile };
  }
  const kept = found.keptAs ? { keptAs: found.keptAs } : {};
  const about = { at: o.at, file: o.snapshotPath, reason: found.reason, cause: found.cause, ...kept };
  const logKeptAs = o.keptLogs.length ? { logKeptAs: o.keptLogs.join(', ') } : {};
  const partly = stop ? { ...when, line: stop.line, ...logKeptAs, ...copyFile, ...mayMiss } : {};
  if (found.from === 'none') {
    // Nothing restored at all: the backup was unusable too and no log goes back to the start.
    if (replay.seq === 0) return { kind: 'startedEmpty', ...about, ...logKeptAs, ...mayMiss };
    return stop ? { kind: 'restoredFromLogsPartly', ...about, ...partly } : { kind: 'restoredFromLogs', ...about };
  }
  return stop ? { kind: 'restoredPartly', ...about, ...partly } : { kind: 'restoredFromBackup', ...about };
}
