import type { StoreNotice } from '../../shared/api/contract';
import type { Recovered } from './read-recovering';
import type { ReplayResult } from './journal-replay';

/** What opening a snapshot and replaying its journals came to. */
export interface JournalLoad {
  at: string;
  snapshotPath: string;
  journalPath: string;
  found: Recovered<unknown>;
  replay: ReplayResult;
  /** The file replaying stopped in. */
  stoppedIn?: string;
  /** The journals kept aside because replaying stopped in them (or before them). */
  keptLogs: string[];
  /** When the snapshot the data started from was written. */
  snapshotAt?: string;
  /** The journal was missing where one should be (see JournaledStore). */
  journalMissing: boolean;
}

/** The notice for the user, if anything was not as it should be; each kind says whether something is missing. */
export function journalNotice(o: JournalLoad): StoreNotice | null {
  const { found, replay } = o;
  const since = replay.lastAt ?? o.snapshotAt;
  const when = since ? { since } : {};
  const stop = replay.stop;
  if (found.from === 'file' || found.from === 'nothing') {
    if (stop) {
      const keptAs = o.keptLogs[0] ? { keptAs: o.keptLogs[0] } : {};
      const file = o.stoppedIn ?? o.journalPath;
      const { reason, cause, line } = stop;
      return { kind: 'journalCut', at: o.at, file, reason, cause, line, ...when, ...keptAs };
    }
    if (!o.journalMissing) return null;
    const reason = 'the file was missing';
    return { kind: 'journalMissing', at: o.at, file: o.journalPath, reason, cause: 'missing', ...when };
  }
  const kept = found.keptAs ? { keptAs: found.keptAs } : {};
  const about = { at: o.at, file: o.snapshotPath, reason: found.reason, cause: found.cause, ...kept };
  const logKeptAs = o.keptLogs.length ? { logKeptAs: o.keptLogs.join(', ') } : {};
  // Nothing restored at all: the backup was unusable too and no log goes back to the start.
  if (found.from === 'none' && replay.seq === 0) return { kind: 'startedEmpty', ...about, ...logKeptAs };
  if (!stop) return { kind: 'restoredFromBackup', ...about };
  return { kind: 'restoredPartly', ...about, ...when, line: stop.line, ...logKeptAs };
}
