import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { type HostProcess, startHostProcess } from './host-process';

/** The app running on a real file system of its own, small enough to fill. */
export interface HostOnTinyDisk {
  host: HostProcess;
  /** The data folder as this process sees into the app's file system. */
  folder: string;
  /** Fill the disk up to the last byte (a file `filler`); returns the bytes written. */
  fill(): number;
  /** Free the space again. */
  free(): void;
}

/**
 * Start the built app with its data folder on a tmpfs of `size` (e.g. '4m'), mounted in a mount
 * namespace of its own (`unshare`, as an unprivileged user too), so that a full disk is a real
 * ENOSPC from the kernel. This process reaches that file system through /proc/<pid>/root.
 */
export async function startHostOnTinyDisk(dataDir: string, size: string): Promise<HostOnTinyDisk> {
  const mountThenRun = 'mount -t tmpfs -o "size=$TINY_DISK_SIZE" tmpfs "$TINY_DISK_DIR" && exec "$@"';
  const through = ['unshare', '--mount', '--map-root-user', 'sh', '-c', mountThenRun, 'sh'];
  const host = await startHostProcess(dataDir, [], { TINY_DISK_DIR: dataDir, TINY_DISK_SIZE: size }, through);
  const folder = `/proc/${host.child.pid}/root${dataDir}`;
  const filler = `${folder}/filler`;
  return {
    host,
    folder,
    fill() {
      const fd = openSync(filler, 'a');
      let written = 0;
      try {
        for (const chunk of [Buffer.alloc(64 * 1024, 1), Buffer.alloc(1, 1)]) {
          try {
            for (;;) written += writeSync(fd, chunk);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          }
        }
      } finally {
        closeSync(fd);
      }
      return written;
    },
    free: () => rmSync(filler, { force: true }),
  };
}
