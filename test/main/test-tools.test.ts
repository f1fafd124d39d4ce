import { describe, expect, it } from 'vitest';
import { ensureTestTools, type TestTool } from '../setup/test-tools.mjs';

const chromium: TestTool = { name: 'Chromium', path: '/nowhere/chromium', packages: ['chromium', 'fonts-dejavu-core'] };
const packages = ['chromium', 'fonts-dejavu-core'];

/** The machine as the script sees it: which paths exist, root or not, and what each command returns. */
function machine(o: { exists: boolean; isRoot: boolean; exitCode?: number; installs?: boolean }) {
  const present = new Set<string>(o.exists ? [chromium.path] : []);
  const calls: string[][] = [];
  const deps = {
    tools: [chromium],
    exists: (p: string) => present.has(p),
    isRoot: o.isRoot,
    hasAptGet: true,
    run: (command: string, args: string[]) => {
      calls.push([command, ...args]);
      if (args[0] === 'install' && o.installs) present.add(chromium.path);
      return o.exitCode ?? 0;
    },
    log: () => {},
  };
  return { deps, calls };
}

describe('the tools npm test needs', () => {
  it('says nothing and runs nothing when they are there', () => {
    const { deps, calls } = machine({ exists: true, isRoot: true });
    expect(ensureTestTools(deps)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('names the one command to run when it may not install them itself', () => {
    const { deps, calls } = machine({ exists: false, isRoot: false });
    const command = `sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
    expect(ensureTestTools(deps)).toBe(`Chromium is not installed; run once: ${command}`);
    expect(calls).toEqual([]);
  });

  it('installs them with apt-get as root, and checks they arrived', () => {
    const { deps, calls } = machine({ exists: false, isRoot: true, installs: true });
    expect(ensureTestTools(deps)).toBeNull();
    expect(calls).toEqual([
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages],
    ]);
  });

  it('says so when apt-get fails, or when the program is still missing after it', () => {
    const failing = machine({ exists: false, isRoot: true, exitCode: 100 });
    expect(ensureTestTools(failing.deps)).toMatch(
      /^apt-get could not install chromium fonts-dejavu-core; run it yourself: sudo/,
    );
    const empty = machine({ exists: false, isRoot: true });
    expect(ensureTestTools(empty.deps)).toBe('Chromium is still missing at /nowhere/chromium after apt-get');
  });
});
