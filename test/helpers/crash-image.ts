import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTestApp } from './app';
import { ADMIN_LOGIN, PASSWORD } from './sign-in';

/**
 * Copy the data folder of an app that is open — everything it acknowledged is on disk — as a
 * crash would leave it: the process that holds the lock is gone.
 */
export function crashCopy(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  writeFileSync(join(to, 'stroomlijn.lock'), '999999999');
}

/**
 * Into `crashed`: a new data folder with its first administrator (ADMIN_LOGIN, PASSWORD) and these
 * deals made, as a crash right after them left it.
 */
export async function crashedAfterDeals(crashed: string, scratch: string, titles: readonly string[]): Promise<void> {
  const app = await openTestApp(scratch);
  await app.signIn.createFirstAdmin({ name: ADMIN_LOGIN, login: ADMIN_LOGIN, password: PASSWORD });
  for (const title of titles) {
    await app.dispatch('records.create', { entity: 'deal', title, fields: { stage: 'Lead' } });
  }
  crashCopy(scratch, crashed);
  await app.close();
}
