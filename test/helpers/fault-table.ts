import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import type { TestApp as App } from './app';
import type { AppInfo, StoreNotice } from '@shared/api/contract';
import { openTestApp } from './app';
import { fakeClock } from './clock';
import { damage, type Fault, filesOf, linesOf } from './damage';
import { missingAfter, type OfficeDay } from './office-day';

/** A damaged file: its text before and after. */
export interface Cell {
  file: string;
  before: string;
  after: string;
}

/** What a start must say and keep. `missing`: exactly what is lost; `mayMiss`: what may be, nothing else. */
export interface Expected {
  refused?: true;
  notices?: (c: Cell) => Partial<Record<keyof StoreNotice | 'kept', unknown>>[];
  missing?: (c: Cell) => string[];
  mayMiss?: (c: Cell) => string[];
}

/** What a notice says, with the paths in the data folder. */
const view = (dir: string) => (n: StoreNotice) => ({
  kind: n.kind,
  file: relative(dir, n.file),
  ...(n.cause ? { cause: n.cause } : {}),
  ...(n.keptAs ? { kept: true } : {}),
  ...(n.line !== undefined ? { line: n.line } : {}),
  ...(n.since ? { since: n.since } : {}),
  ...(n.readFrom ? { readFrom: relative(dir, n.readFrom) } : {}),
  ...(n.copyFile ? { copyFile: relative(dir, n.copyFile) } : {}),
  ...(n.mayMiss ? { mayMiss: [...n.mayMiss].sort() } : {}),
  ...(n.mayMissCount !== undefined ? { mayMissCount: n.mayMissCount } : {}),
  ...(n.lines ? { lines: n.lines } : {}),
  ...(n.bytes !== undefined ? { bytes: n.bytes } : {}),
  ...(n.expectedBytes !== undefined ? { expectedBytes: n.expectedBytes } : {}),
  ...(n.endIntact !== undefined ? { endIntact: n.endIntact } : {}),
});

export const noticesOf = async (app: App) => ((await app.dispatch('app.info', {})) as AppInfo).notices;

/** One damage done to one file of the data folder. */
export type Damage = [file: string, fault: Fault];

/**
 * Damage files in a copy of `base`, start the app on it and check what it says and keeps. The
 * expectations see the first damaged file as the cell.
 */
export async function checkCell(
  apps: { open(dir: string, clock: ReturnType<typeof fakeClock>): Promise<App> },
  dir: string,
  base: string,
  day: OfficeDay,
  damages: readonly Damage[],
  expected: Expected,
): Promise<void> {
  cpSync(base, dir, { recursive: true });
  const cells = damages.map(([file, fault]) => {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    damage(path, fault);
    return { file, before, after: existsSync(path) ? readFileSync(path, 'utf8') : '' };
  });
  const cell = cells[0]!;
  const clock = fakeClock('2026-11-28T09:00:00.000Z');
  if (expected.refused) {
    const untouched = filesOf(dir);
    const path = join(dir, cell.file);
    await expect(openTestApp(dir, clock)).rejects.toThrow(`${path} was written by a newer Stroomlijn`);
    expect(filesOf(dir)).toEqual(untouched);
    return;
  }
  const app = await apps.open(dir, clock);
  // Reading everything (lists read the archives) first: a damaged archive line is found as it is read.
  const missing = (await missingAfter(app, day)).sort();
  if (expected.missing) expect(missing).toEqual(expected.missing(cell).sort());
  if (expected.mayMiss) expect(missing.filter((id) => !expected.mayMiss!(cell).includes(id))).toEqual([]);
  expect((await noticesOf(app)).map(view(dir))).toEqual(expected.notices!(cell));
}

// --- What a journal's lines held ----------------------------------------------------------------------------------

type Change = { c: string; k: string; v?: { number?: string; subject?: string; title?: string } };
const changesOf = (line: string) => (JSON.parse(line) as { c: Change[] }).c;
const named = (change: Change) => change.c === 'items' || change.c === 'records';

/** The items and records a journal's lines (from line `from` on) changed. */
export const touched = (c: Cell, from = 1): string[] =>
  linesOf(c.before)
    .slice(from - 1)
    .flatMap(changesOf)
    .filter(named)
    .map((change) => change.k);

/** The names people know the things by that a journal's lines from `from` on changed: item number (subject), title. */
export function namesTouched(c: Cell, from: number): string[] {
  const nameOf = new Map<string, string>();
  for (const change of linesOf(c.before).flatMap(changesOf).filter(named)) {
    const v = change.v;
    if (v?.number) nameOf.set(change.k, `${v.number} (${v.subject})`);
    else if (v?.title) nameOf.set(change.k, v.title);
  }
  const keys = [...new Set(touched(c, from))];
  return [...new Set(keys.flatMap((k) => nameOf.get(k) ?? []))].sort();
}

/** The line the damage is in (the first that no longer reads as it was). */
export const damagedLine = (c: Cell): number => {
  const after = c.after.split('\n');
  return linesOf(c.before).findIndex((l, i) => after[i] !== l) + 1;
};

/** When the batch before line `line` was written: up to then everything is restored. */
export const writtenBefore = (c: Cell, line: number): string =>
  (JSON.parse(linesOf(c.before)[line - 2]!) as { t: string }).t;
