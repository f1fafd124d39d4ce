import { exists } from './append-log';
import { DurableTextFile } from './durable-text-file';
import { copyProblem } from './journal-copy-check';
import { indexCopy, type LogSource, readJournalCopy } from './journal-copies';
import { type Losses, lossesAfter, type NameOf } from './journal-losses';
import type { RepairedCopy } from './journal-notice';
import { type JournalLine, readBatch, type ReplayResult, replayLogs } from './journal-replay';
import { backupPathOf, type MirroredLog } from './mirrored-log';

export interface OpenJournalOptions<T> {
  journal: MirroredLog;
  /** The snapshot could not be read: replay from its backup, through the `.bak` journals first. */
  fromBackup: boolean;
  /** The last batch the snapshot (or its backup) holds. */
  seq: number;
  now: Date;
  /** The last run closed properly (then a copy that lacks only the last write was damaged, not cut by a crash). */
  lastRunClosed: boolean;
  decode(line: JournalLine): T;
  apply(batch: T): void;
  nameOf: NameOf;
}

export interface OpenedJournal {
  replay: ReplayResult;
  /** A copy of the journal was there. */
  there: boolean;
  /** A `.journal.bak` (either copy) is there: the journal has been rotated before. */
  rotatedBefore: boolean;
  /** The journal has a second copy (one written by an older Stroomlijn has none). */
  mirrored: boolean;
  /** The copy replaying stopped in, and its other copy. */
  stoppedIn?: string;
  copyFile?: string;
  keptLogs: string[];
  losses?: Losses;
  repaired: RepairedCopy[];
}

/**
 * Read the journal (both copies, and first the `.bak` pair where the snapshot is restored from
 * its backup), replay it onto the snapshot, and set the files right before they are opened for
 * appending: where replay stopped, the copies it could not finish are kept aside (never
 * overwritten); where one copy lacked what the other held, the damaged one is kept aside and the
 * journal's copy written again from what was restored, so the two are the same again.
 */
export async function openJournal<T>(o: OpenJournalOptions<T>): Promise<OpenedJournal> {
  const paths = o.journal.copies.map((log) => log.path);
  const there = await o.journal.settle();
  const backups = paths.map(backupPathOf);
  const rotatedBefore = (await exists(backups[0]!)) || (await exists(backups[1]!));
  // A journal written before it had a second copy (an older Stroomlijn) is read alone.
  const mirrored = there[1]! || (await exists(backups[1]!));
  const pairs = o.fromBackup ? [backups, paths] : [paths];
  const sources: LogSource[] = [];
  for (const pair of pairs) {
    sources.push({ copies: await Promise.all((mirrored ? pair : pair.slice(0, 1)).map(readJournalCopy)) });
  }
  const replay = replayLogs(sources, o.seq, o.decode, o.apply);
  const opened: OpenedJournal = {
    ...{ replay, there: there.some(Boolean), rotatedBefore, mirrored },
    ...{ keptLogs: [], repaired: [] },
  };
  const stop = replay.stop;
  if (stop) {
    const unfinished = sources.slice(stop.source);
    const { copies } = sources[stop.source]!;
    opened.stoppedIn = copies[stop.copy]!.path;
    const other = copies.find((_, i) => i !== stop.copy);
    if (other) opened.copyFile = other.path;
    opened.losses = lossesAfter(
      unfinished.flatMap((s) => s.copies.map(indexCopy)),
      replay.seq,
      o.nameOf,
    );
    for (const copy of unfinished.flatMap((s) => s.copies)) {
      if (copy.there) opened.keptLogs.push(await keepAside(copy.path, o.now));
    }
  } else if (mirrored) {
    opened.repaired = await repairCopies(sources, replay, o);
  }
  await o.journal.open();
  return opened;
}

/** Each copy that lacks what was restored: kept aside and, for the journal itself, written again from it. */
async function repairCopies<T>(
  sources: readonly LogSource[],
  replay: ReplayResult,
  o: OpenJournalOptions<T>,
): Promise<RepairedCopy[]> {
  const why = (text: string) => {
    const read = readBatch(text, o.decode);
    return read.ok ? { reason: 'it differs from its other copy', cause: 'notValid' as const } : read;
  };
  const repaired: RepairedCopy[] = [];
  for (const [i, { copies }] of sources.entries()) {
    // With neither copy there, there is nothing to read one from (see journalMissing).
    if (!copies.some((c) => c.there)) continue;
    const applied = replay.applied[i]!;
    for (const [j, copy] of copies.entries()) {
      const problem = copyProblem(replay.indexed[i]![j]!, applied, why);
      if (!problem) continue;
      // A crash during the last write can leave it in one copy only: that write was never acknowledged.
      const crashCut = problem.onlyLastWrite && !o.lastRunClosed;
      const keptAs = copy.there && !crashCut ? await keepAside(copy.path, o.now) : undefined;
      // The `.bak` pair is replaced by the compaction that follows the start; the journal is written again now.
      if (i === sources.length - 1) {
        await new DurableTextFile(copy.path, 'none').write([...applied.values()].map((t) => `${t}\n`).join(''));
      }
      if (crashCut) continue;
      const readFrom = copies[1 - j]!.path;
      repaired.push({ file: copy.path, readFrom, problem, ...(keptAs ? { keptAs } : {}) });
    }
  }
  return repaired;
}

const keepAside = (path: string, now: Date): Promise<string> =>
  new DurableTextFile(path, 'none').keepAside('unreadable', now);
