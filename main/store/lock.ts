import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { isCode } from './fs-errors';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `another Stroomlijn (process ${pid}) is already using the data folder ${dataDir}. Close it first, or start with another --data-dir.`,
    );
    this.name = 'DataDirLockedError';
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isCode(error, 'EPERM');
  }
};

export interface DataDirLock {
  release(): void;
  /**
   * A lock was left behind by a process that no longer runs: the last run did not close properly
   * (a crash, a kill, a power cut), so its last writes may not have been rounded off.
   */
  readonly staleLockFound: boolean;
}

/**
 * Makes this process the single writer of `dataDir`. A lock left by a process that no longer
 * runs (a crash, a kill) is taken over, and the returned lock says so.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = join(dataDir, 'stroomlijn.lock');
  let staleLockFound = false;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(path, { force: true }), staleLockFound };
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
      const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(pid) && isAlive(pid)) throw new DataDirLockedError(dataDir, pid);
      rmSync(path, { force: true });
      staleLockFound = true;
    }
  }
  throw new Error(`could not lock the data folder ${dataDir}`);
}
