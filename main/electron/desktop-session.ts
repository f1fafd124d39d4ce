import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { SessionSlot } from '../api/call';
import type { ElectronModules } from './modules';

/** Beside the database: the desktop window's session, encrypted by the operating system (safeStorage). */
export const DESKTOP_SESSION_FILE = 'desktop-session.bin';

/**
 * The desktop window's session, kept in main (the renderer never sees it). Where the operating
 * system offers encryption (safeStorage: Keychain, DPAPI, the Secret Service) it is kept across
 * restarts in `file`, encrypted; elsewhere only while the app runs.
 */
export function desktopSession({ safeStorage }: Pick<ElectronModules, 'safeStorage'>, file: string): SessionSlot {
  const load = (): string | undefined => {
    if (!safeStorage.isEncryptionAvailable()) return undefined;
    try {
      return safeStorage.decryptString(readFileSync(file)) || undefined;
    } catch {
      return undefined;
    }
  };
  let secret = load();
  const forget = () => rmSync(file, { force: true });
  return {
    kind: 'desktop',
    get current() {
      return secret;
    },
    keep(next) {
      secret = next;
      if (safeStorage.isEncryptionAvailable()) writeFileSync(file, safeStorage.encryptString(next), { mode: 0o600 });
      else forget();
    },
    clear() {
      secret = undefined;
      forget();
    },
  };
}
