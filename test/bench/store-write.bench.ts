// Cost of durability: one directory change written by our store (temp file + fsync + backup
// link + rename + folder fsync, grouped commits) against lowdb's stock JSONFile adapter (temp
// file + rename, no fsync), on the same data: the sample directory grown to ~2,000 entries.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { bench, describe } from 'vitest';
import { loadSampleData } from '../../main/sample-data';
import { openStore } from '../../main/store/store';
import type { Database } from '@shared/model';
import { fakeClock } from '../helpers/clock';
import { resourcesDir } from '../helpers/paths';

const seed = (): Database => {
  const db = loadSampleData(resourcesDir);
  for (let i = 0; i < 2000; i++)
    db.directory.persons.push({
      id: `p${i}`,
      firstName: `Voornaam${i}`,
      lastName: `Achternaam${i}`,
      workEmail: `p${i}@bench.example`,
    });
  return db;
};

const ours = await openStore({ dataDir: mkdtempSync(join(tmpdir(), 'bench-ours-')), clock: fakeClock(), seed });
const stock = new Low<Database>(new JSONFile(join(mkdtempSync(join(tmpdir(), 'bench-lowdb-')), 'db.json')), seed());
await stock.write();
let n = 0;

describe('one change, written to disk', () => {
  bench('Stroomlijn store (durable)', async () => {
    await ours.update((d) => (d.directory.persons[0]!.phone = String(++n)));
  });
  bench('lowdb JSONFile (no fsync)', async () => {
    stock.data.directory.persons[0]!.phone = String(++n);
    await stock.write();
  });
});

describe('a burst of 50 changes from 50 callers', () => {
  bench('Stroomlijn store (group commit)', async () => {
    await Promise.all(
      Array.from({ length: 50 }, () => ours.update((d) => (d.directory.persons[1]!.phone = String(++n)))),
    );
  });
  bench('lowdb JSONFile (a write each)', async () => {
    await Promise.all(
      Array.from({ length: 50 }, () => stock.update((d) => (d.directory.persons[1]!.phone = String(++n)))),
    );
  });
});
