import { open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { refusedWrite } from '../store/fs-errors';
import { readIfExists, syncFolder, tempPathOf } from '../store/durable-text-file';
import type { KeyAndCertificate } from './certificate';

/** The office network's private key and certificate, in one file only its owner may read. */
export const OFFICE_KEY_FILE = 'office-network.pem';

const KEY = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----\n?/;
const CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/;

/** Key and certificate from the file's text; null when either is missing (a damaged file is made again). */
function parse(text: string | null): KeyAndCertificate | null {
  const key = text && KEY.exec(text);
  const cert = text && CERT.exec(text);
  return key && cert ? { keyPem: key[0], certPem: cert[0] } : null;
}

/** Write `text` to `path` with mode 0600, durably: a temp file (made with that mode) fsynced and renamed. */
async function writePrivate(path: string, text: string): Promise<void> {
  const temp = tempPathOf(path);
  try {
    await rm(temp, { force: true });
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    await syncFolder(dirname(path));
  } catch (error) {
    await rm(temp, { force: true });
    throw refusedWrite(error, path);
  }
}

/**
 * The key file, and a staged next version of it (`.next`) for a change that also changes the
 * settings: the settings are written between staging and commit, and at start the version whose
 * names the settings hold is kept, so a crash or a failed write in between never leaves a
 * certificate for other names in use.
 */
export class CertificateFile {
  readonly path: string;
  readonly nextPath: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, OFFICE_KEY_FILE);
    this.nextPath = `${this.path}.next`;
  }

  async read(): Promise<KeyAndCertificate | null> {
    return parse(await readIfExists(this.path));
  }

  async readStaged(): Promise<KeyAndCertificate | null> {
    return parse(await readIfExists(this.nextPath));
  }

  write(pair: KeyAndCertificate): Promise<void> {
    return writePrivate(this.path, pair.keyPem + pair.certPem);
  }

  stage(pair: KeyAndCertificate): Promise<void> {
    return writePrivate(this.nextPath, pair.keyPem + pair.certPem);
  }

  /** The staged version becomes the file. */
  async commit(): Promise<void> {
    await rename(this.nextPath, this.path);
    await syncFolder(dirname(this.path));
  }

  /** Forget a staged version (none is fine). */
  async discard(): Promise<void> {
    await rm(this.nextPath, { force: true });
    await rm(tempPathOf(this.nextPath), { force: true });
    await rm(tempPathOf(this.path), { force: true });
  }
}
