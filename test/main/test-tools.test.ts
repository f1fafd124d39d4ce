import { describe, expect, it } from 'vitest';
import { ensureTestTools, type TestTool } from '../setup/test-tools.mjs';

const chromium: TestTool = { name: 'Chromium', path: '/nowhere/chromium', packages: ['chromium', 'fonts-dejavu-core'] };

describe('the tools npm test needs', () => {
  it('says nothing and runs nothing when they are there', () => {
    const ran: string[] = [];
    expect(ensureTestTools({ tools: [chromium], exists: () => true, isRoot: true, hasAptGet: true, run: (c) => (ran.push(c), 0), log: () => {} })).toBeNull();
    expect(ran).toEqual([]);
  });

  it('names the one command to run when it may not install them itself', () => {
    const ran: string[] = [];
    const line = ensureTestTools({ tools: [chromium], exists: () => false, isRoot: false, hasAptGet: true, run: (c) => (ran.push(c), 0), log: () => {} });
    expect(line).toBe('Chromium is not installed; run once: sudo apt-get install -y --no-install-recommends chromium fonts-dejavu-core');
    expect(ran).toEqual([]);
  });

  it('installs them with apt-get as root, and checks they arrived', () => {
    const installed = new Set<string>();
    const calls: string[][] = [];
    const line = ensureTestTools({
      tools: [chromium],
      exists: (p) => installed.has(p),
      isRoot: true,
      hasAptGet: true,
      run: (command, args) => {
        calls.push([command, ...args]);
        if (args[0] === 'install') installed.add(chromium.path);
        return 0;
      },
      log: () => {},
    });
    expect(line).toBeNull();
    expect(calls).toEqual([['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']]);
  });

  it('says so when apt-get fails', () => {
    const line = ensureTestTools({ tools: [chromium], exists: () => false, isRoot: true, hasAptGet: true, run: () => 100, log: () => {} });
    expect(line).toMatch(/^apt-get could not install chromium fonts-dejavu-core; run it yourself: sudo apt-get install/);
  });
});
