import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ItemRecord } from '@shared/model';
import { ItemArchive } from '../../main/engine/item-archive';
import { ItemsStore } from '../../main/engine/items-store';
import { JournaledStore } from '../../main/store/journaled-store';
import { fakeClock } from '../helpers/clock';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';
import { publishTwoTaskWorkflow } from '../helpers/two-task-workflow';

const tempDir = useTempDirs();
const apps = useTestApps();
const open = (dir: string, clock = fakeClock()) => apps.open(dir, clock);
type App = Awaited<ReturnType<typeof open>>;
const reopen = async (app: App, dir: string, clock = fakeClock()) => {
  await apps.close(app);
  return open(dir, clock);
};
const submit = async (app: App, type: string, subject: string) =>
  (await app.dispatch('items.submit', {
    itemTypeId: type,
    subject,
    fields: { onderwerp: subject },
  })) as ItemRecord;
const act = (app: App, itemId: string, actionNodeId: string) =>
  app.as('user-bram').dispatch('items.act', { itemId, actionNodeId }) as Promise<ItemRecord>;

describe('items on disk: open work in a snapshot + journal, ended items in the archive', () => {
  it('keeps every acknowledged change across a restart and costs a journal line per action, not a rewrite', async () => {
    const dir = tempDir();
    let app = await open(dir);
    const type = await publishTwoTaskWorkflow(app.dispatch, app.store);
    const first = await submit(app, type, 'Brief 1');
    const second = await submit(app, type, 'Brief 2');
    const snapshotBefore = readFileSync(join(dir, 'items.json'), 'utf8');
    await act(app, first.id, 'a1');
    // The action went into the journal; the snapshot was not rewritten for it.
    expect(readFileSync(join(dir, 'items.json'), 'utf8')).toBe(snapshotBefore);
    expect(readFileSync(join(dir, 'items.json.journal'), 'utf8')).toContain('"nodeId":"t2"');
    app = await reopen(app, dir);
    expect(((await app.dispatch('items.get', { id: first.id })) as ItemRecord).tasks.map((t) => t.nodeId)).toEqual([
      't2',
    ]);
    expect(((await app.dispatch('items.get', { id: second.id })) as ItemRecord).tasks.map((t) => t.nodeId)).toEqual([
      't1',
    ]);
    expect(((await app.as('user-bram').dispatch('tasks.mine', {})) as unknown[]).length).toBe(2);
  });

  it('moves an ended item to the monthly archive, where it can still be read and listed; numbers keep counting', async () => {
    const dir = tempDir();
    let app = await open(dir);
    const type = await publishTwoTaskWorkflow(app.dispatch, app.store);
    const done = await submit(app, type, 'Afgehandeld');
    await act(app, done.id, 'a2');
    expect((await act(app, done.id, 'b1')).status).toBe('completed');
    const open2 = await submit(app, type, 'Loopt nog');
    app = await reopen(app, dir);
    const snapshot = JSON.parse(readFileSync(join(dir, 'items.json'), 'utf8')) as {
      schemaVersion: number;
      items: ItemRecord[];
    };
    expect(snapshot.schemaVersion).toBe(2);
    expect(snapshot.items.map((i) => i.subject)).toEqual(['Loopt nog']);
    const archived = readFileSync(join(dir, 'archive', 'items-2026-11.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(archived.map((l) => (JSON.parse(l) as ItemRecord).subject)).toEqual(['Afgehandeld']);

    const read = (await app.dispatch('items.get', { id: done.id })) as ItemRecord;
    expect(read).toMatchObject({ status: 'completed', subject: 'Afgehandeld' });
    expect(read.history.filter((h) => h.kind === 'acted').map((h) => h.nodeId)).toEqual(['a2', 'b1']);
    expect(((await app.dispatch('items.list', { status: 'completed' })) as ItemRecord[]).map((i) => i.subject)).toEqual(
      ['Afgehandeld'],
    );
    expect(((await app.dispatch('items.list', {})) as ItemRecord[]).map((i) => i.subject)).toEqual([
      'Afgehandeld',
      'Loopt nog',
    ]);
    expect(((await app.dispatch('items.list', { status: 'running' })) as ItemRecord[]).map((i) => i.id)).toEqual([
      open2.id,
    ]);
    expect((await submit(app, type, 'Derde')).number).toBe('D-2026-0003');
    const missing = await app.dispatch('items.get', { id: 'nope' }).catch((e: Error) => e);
    expect((missing as Error).message).toBe('There is no item with id "nope".');
  });

  it('answers an action before its item has moved to the archive, and lists and reads it exactly once during the move', async () => {
    const dir = tempDir();
    const app = await open(dir);
    const type = await publishTwoTaskWorkflow(app.dispatch, app.store);
    const item = await submit(app, type, 'Verhuist');
    await act(app, item.id, 'a2');
    // The move is held after its line is in the archive file and before the item leaves the journal.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let archived!: () => void;
    const inArchive = new Promise<void>((resolve) => (archived = resolve));
    const append = ItemArchive.prototype.appendEncoded;
    const spy = vi.spyOn(ItemArchive.prototype, 'appendEncoded').mockImplementation(async function (
      this: ItemArchive,
      entries,
    ) {
      await append.call(this, entries);
      archived();
      await held;
    });
    try {
      // Answered once the change is on disk; the move comes after.
      expect((await act(app, item.id, 'b1')).status).toBe('completed');
      await inArchive;
      expect(readFileSync(join(dir, 'archive', 'items-2026-11.jsonl'), 'utf8')).toContain(item.id);
      expect(app.runtime.open().map((i) => i.id)).toEqual([item.id]);
      // Lists that start now see it in the journal; the move ends while they read the archive.
      const listed = [{}, { status: 'completed' }].map(
        (filter) => app.dispatch('items.list', filter) as Promise<ItemRecord[]>,
      );
      release();
      for (const list of await Promise.all(listed)) expect(list.map((i) => i.id)).toEqual([item.id]);
      await app.runtime.idle();
      expect(app.runtime.open()).toHaveLength(0);
      expect(((await app.dispatch('items.list', {})) as ItemRecord[]).map((i) => i.id)).toEqual([item.id]);
      expect(((await app.dispatch('items.get', { id: item.id })) as ItemRecord).status).toBe('completed');
    } finally {
      release();
      spy.mockRestore();
    }
  });

  it("writes an ended item's archive line as its last journal line's record, id first, encoded once", async () => {
    const dir = tempDir();
    const app = await open(dir);
    const type = await publishTwoTaskWorkflow(app.dispatch, app.store);
    const item = await submit(app, type, 'Eén keer');
    await act(app, item.id, 'a1');
    const stringify = vi.spyOn(JSON, 'stringify');
    let completed: ItemRecord;
    try {
      completed = await act(app, item.id, 'b1');
      await app.runtime.idle();
      // The item was encoded once: its journal line and its archive line share that text.
      expect(stringify.mock.calls.filter(([value]) => (value as ItemRecord | null)?.id === item.id)).toHaveLength(1);
    } finally {
      stringify.mockRestore();
    }
    const [line] = readFileSync(join(dir, 'archive', 'items-2026-11.jsonl'), 'utf8').split('\n');
    expect(line!.startsWith(`{"id":"${item.id}",`)).toBe(true);
    expect(JSON.parse(line!)).toEqual(completed);
    const journal = readFileSync(join(dir, 'items.json.journal'), 'utf8');
    expect(journal).toContain(`"v":${line}}`);
  });

  it('puts the id first in an archive line whatever order the record has (find skips lines by it)', async () => {
    const dir = tempDir();
    const archive = new ItemArchive(dir, fakeClock());
    const app = await open(tempDir());
    const type = await publishTwoTaskWorkflow(app.dispatch, app.store);
    const item = await submit(app, type, 'Volgorde');
    const { id, ...rest } = item;
    const idLast = { ...rest, id } as ItemRecord;
    await archive.appendEncoded([{ record: idLast, json: JSON.stringify(idLast) }]);
    await archive.append([{ ...idLast, id: 'other' }]);
    const lines = readFileSync(join(dir, 'archive', `items-${item.updatedAt.slice(0, 7)}.jsonl`), 'utf8').split('\n');
    expect(lines[0]!.startsWith(`{"id":"${id}",`)).toBe(true);
    expect(lines[1]!.startsWith('{"id":"other",')).toBe(true);
    expect(await archive.find(id)).toEqual(item);
    await archive.close();
  });

  it('reads past an item archived twice (a crash between archive and journal) and finishes a move a crash cut short', async () => {
    const dir = tempDir();
    let app = await open(dir);
    const type = await publishTwoTaskWorkflow(app.dispatch, app.store);
    const item = await submit(app, type, 'Dubbel');
    await act(app, item.id, 'a1');
    const completed = await act(app, item.id, 'b2');
    app = await reopen(app, dir);
    const archive = join(dir, 'archive', 'items-2026-11.jsonl');
    appendFileSync(archive, readFileSync(archive, 'utf8'));
    // As if the app died after the journal noted the end but before the move: the item is back among the open ones.
    const snapshot = JSON.parse(readFileSync(join(dir, 'items.json'), 'utf8')) as { items: ItemRecord[] };
    snapshot.items.push(completed);
    writeFileSync(join(dir, 'items.json'), JSON.stringify(snapshot));
    app = await reopen(app, dir);
    expect(((await app.dispatch('items.list', { status: 'completed' })) as ItemRecord[]).map((i) => i.id)).toEqual([
      item.id,
    ]);
    expect(app.runtime.open()).toEqual([]);
  });

  it('drops a torn last journal line, and keeps a journal with a bad line aside, keeping what came before it', async () => {
    const dir = tempDir();
    let app = await open(dir);
    const type = await publishTwoTaskWorkflow(app.dispatch, app.store);
    const item = await submit(app, type, 'Gescheurd');
    await apps.close(app);
    const journal = join(dir, 'items.json.journal');
    const snapshot = () => JSON.parse(readFileSync(join(dir, 'items.json'), 'utf8')) as { journalSeq: number };
    const snapshotSeq = () => snapshot().journalSeq;
    const next = (n: number) => snapshotSeq() + n;
    const good = (subject: string, s: number) =>
      `${JSON.stringify({ s, c: [{ c: 'items', k: item.id, v: { ...item, subject } }] })}\n`;
    // As a crash leaves both copies of the journal: the same lines, the last one torn.
    const writeJournal = (text: string) => [journal, `${journal}.2`].forEach((copy) => writeFileSync(copy, text));
    writeJournal(`${good('Na de herstart', next(1))}{"s":${next(2)},"c":[{"c":"items","k":"x","v":{"id`);
    app = await open(dir);
    expect(((await app.dispatch('items.get', { id: item.id })) as ItemRecord).subject).toBe('Na de herstart');
    expect(((await app.dispatch('app.info', {})) as { notices: unknown[] }).notices).toEqual([]);
    await apps.close(app);
    writeJournal(`${good('Eerste', next(1))}not json\n${good('Nooit', next(3))}`);
    app = await open(dir);
    expect(((await app.dispatch('items.get', { id: item.id })) as ItemRecord).subject).toBe('Eerste');
    const notices = (
      (await app.dispatch('app.info', {})) as { notices: { kind: string; reason: string; keptAs: string }[] }
    ).notices;
    expect(notices).toMatchObject([{ kind: 'journalCut', line: 2, reason: expect.stringMatching(/not valid JSON/) }]);
    expect(readFileSync(notices[0]!.keptAs, 'utf8')).toContain('not json');
  });

  it('opens an items file of data version 1 (everything in one file) and numbers on from it', async () => {
    const dir = tempDir();
    let app = await open(dir);
    const type = await publishTwoTaskWorkflow(app.dispatch, app.store);
    const item = await submit(app, type, 'Oud formaat');
    const v1 = { schemaVersion: 1, items: [{ ...item, number: 'D-2026-0041' }], timers: [], pending: [] };
    await apps.close(app);
    writeFileSync(join(dir, 'items.json'), JSON.stringify(v1));
    writeFileSync(join(dir, 'items.json.journal'), '');
    app = await open(dir);
    expect(((await app.dispatch('items.get', { id: item.id })) as ItemRecord).number).toBe('D-2026-0041');
    expect((await submit(app, type, 'Nieuw')).number).toBe('D-2026-0042');
  });

  it('refuses an items file of a newer version and leaves it untouched', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'items.json'), JSON.stringify({ schemaVersion: 9, items: [] }));
    await expect(ItemsStore.open(dir, fakeClock())).rejects.toThrow(/newer Stroomlijn/);
    expect(JSON.parse(readFileSync(join(dir, 'items.json'), 'utf8'))).toEqual({ schemaVersion: 9, items: [] });
  });
});

describe('the journaled store', () => {
  const openStore = (dir: string) =>
    JournaledStore.open<{ notes: { id: string; text: string } }>({
      dataDir: dir,
      file: 'notes.json',
      clock: fakeClock(),
      decodeSnapshot: (text) => {
        const { journalSeq, notes } = JSON.parse(text) as { journalSeq: number; notes: { id: string; text: string }[] };
        return { journalSeq, records: { notes } };
      },
      encodeSnapshot: ({ journalSeq, records }) => ({ journalSeq, ...records }),
      decodeRecord: { notes: (v) => v as { id: string; text: string } },
      keyOf: { notes: (v) => v.id },
      empty: () => ({ notes: [] }),
      compactAfterBytes: 2_000,
    });

  it('rewrites the snapshot once the journal outgrows it, and loses nothing across it', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.commit([{ collection: 'notes', key: `n${i % 10}`, value: { id: `n${i % 10}`, text: `versie ${i}` } }]),
      ),
    );
    for (let i = 0; i < 40; i++)
      await store.commit([{ collection: 'notes', key: `n${i % 10}`, value: { id: `n${i % 10}`, text: `ronde ${i}` } }]);
    await store.commit([{ collection: 'notes', key: 'n9' }]);
    expect(readFileSync(join(dir, 'notes.json.journal'), 'utf8').length).toBeLessThan(2_000);
    await store.close();
    const again = await openStore(dir);
    expect([...again.maps.notes.values()].map((n) => n.text)).toEqual(
      Array.from({ length: 9 }, (_, i) => `ronde ${30 + i}`),
    );
    await again.close();
    const files = readdirSync(dir)
      .filter((f) => f.startsWith('notes'))
      .sort();
    expect(files).toEqual([
      'notes.json',
      'notes.json.bak',
      'notes.json.journal',
      'notes.json.journal.2',
      'notes.json.journal.2.bak',
      'notes.json.journal.bak',
    ]);
    // Closed, the journal is empty: what it held is in the snapshot (and its backup pairs with `.journal.bak`).
    expect(readFileSync(join(dir, 'notes.json.journal'), 'utf8')).toBe('');
  });
});
