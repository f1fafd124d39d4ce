// The programs the tests need besides Node, from Debian's packages: `npm test` runs this first.
// As root with apt-get (a fresh CI machine) it installs what is missing; otherwise it stops at
// once, naming the one command to run. Plain JavaScript, so it runs before anything is built.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** What the tests need: a program to look for, and the Debian packages that bring it. */
export const testTools = [
  {
    name: 'Chromium (the end-to-end tests drive it)',
    path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    packages: ['chromium', 'fonts-dejavu-core'],
  },
  {
    name: 'Dovecot (the reply-to-act tests read a real IMAP mailbox; started on loopback with a throwaway configuration)',
    path: process.env.DOVECOT_PATH ?? '/usr/sbin/dovecot',
    packages: ['dovecot-imapd'],
  },
];

/**
 * Make sure every tool is there. Returns the text of the one line to print when something is
 * missing and cannot be installed here, else null.
 * @param {{ tools?: typeof testTools, exists?: (path: string) => boolean, isRoot?: boolean,
 *   hasAptGet?: boolean, run?: (command: string, args: string[], env: NodeJS.ProcessEnv) => number, log?: (line: string) => void }} [deps]
 * @returns {string | null}
 */
export function ensureTestTools(deps = {}) {
  const {
    tools = testTools,
    exists = existsSync,
    isRoot = process.getuid?.() === 0,
    hasAptGet = existsSync('/usr/bin/apt-get'),
    run = runQuietly,
    log = (line) => process.stdout.write(`${line}\n`),
  } = deps;
  const missing = tools.filter((tool) => !exists(tool.path));
  if (!missing.length) return null;
  const packages = [...new Set(missing.flatMap((tool) => tool.packages))];
  const command = `sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (!isRoot || !hasAptGet)
    return `${missing.map((t) => t.name).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed; run once: ${command}`;
  log(`Installing ${packages.join(', ')} from Debian for the tests (once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    run('apt-get', ['update', '-qq'], env) !== 0 ||
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], env) !== 0
  ) {
    return `apt-get could not install ${packages.join(' ')}; run it yourself: ${command}`;
  }
  const still = missing.filter((tool) => !exists(tool.path));
  return still.length
    ? `${still.map((t) => t.name).join(' and ')} is still missing at ${still.map((t) => t.path).join(', ')} after apt-get`
    : null;
}

function runQuietly(command, args, env) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  return result.status ?? 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problem = ensureTestTools();
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(1);
  }
}
