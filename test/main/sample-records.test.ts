import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CrmRecord } from '@shared/model';
import { loadSampleRecords } from '../../main/records/sample-records';
import { loadSampleData } from '../../main/sample-data';
import { fakeClock } from '../helpers/clock';
import { resourcesDir } from '../helpers/paths';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();
const open = (dir: string, clock = fakeClock()) => apps.open(dir, clock);
const list = async (app: Awaited<ReturnType<typeof open>>, input: object = {}) =>
  (await app.dispatch('records.list', input)) as CrmRecord[];

describe('sample records of the first start', () => {
  it('are made on the first start: deals in several stages (one "Offertezoek - Offerte aangevraagd"), quote requests, projects, tasks', async () => {
    const app = await open(tempDir());
    const records = await list(app);
    const deals = records.filter((r) => r.entity === 'deal');
    expect(new Set(deals.map((d) => d.fields.stage)).size).toBeGreaterThanOrEqual(3);
    expect(deals.some((d) => d.fields.status === 'Offertezoek - Offerte aangevraagd')).toBe(true);
    expect(records.filter((r) => r.entity === 'quoteRequest').length).toBeGreaterThanOrEqual(2);
    expect(records.filter((r) => r.entity === 'project').length).toBeGreaterThanOrEqual(1);
    const tasks = records.filter((r) => r.entity === 'task');
    expect(
      tasks
        .filter((t) => t.fields.type === 'Bellen')
        .map((t) => t.fields.responsible)
        .sort(),
    ).toEqual(['user-anna', 'user-bram']);
    expect(tasks.find((t) => t.id === 'rec-task-bel-piet')?.fields).toMatchObject({
      contact: 'contact-piet',
      responsible: 'user-bram',
    });
    expect(tasks.some((t) => t.fields.type !== 'Bellen')).toBe(true);
    // Nothing was sent for them: sample data does not go through the record triggers.
    expect(await app.dispatch('messages.list', {})).toEqual([]);
  });

  it('are dated from the first start: made in the past, due dates on the hour around it', async () => {
    const clock = fakeClock('2027-03-10T14:25:00.000Z');
    const app = await open(tempDir(), clock);
    const records = await list(app);
    for (const r of records) expect(Date.parse(r.createdAt)).toBeLessThanOrEqual(clock.now().getTime());
    expect(records.find((r) => r.id === 'rec-task-bel-piet')?.fields.dueDate).toBe('2027-03-11T16:00:00.000Z');
    expect(records.find((r) => r.id === 'rec-task-nabellen-henk')?.fields.dueDate).toBe('2027-03-09T16:00:00.000Z');
  });

  it('are made once: not again after a restart, nor in a data folder that already has a database', async () => {
    const dir = tempDir();
    let app = await open(dir);
    const first = await list(app);
    await app.dispatch('records.update', { id: 'rec-deal-korenaar', fields: { stage: 'Verloren' } });
    await apps.close(app);
    app = await open(dir);
    expect((await list(app)).length).toBe(first.length);
    expect((await app.dispatch('records.get', { id: 'rec-deal-korenaar' })) as CrmRecord).toMatchObject({
      fields: { stage: 'Verloren' },
    });
    await apps.close(app);
    // An office that already works with Stroomlijn gets no sample CRM data when records arrive.
    const recordFiles = readdirSync(dir).filter((f) => f.startsWith('records.json'));
    for (const name of recordFiles) rmSync(join(dir, name), { force: true });
    app = await open(dir);
    expect(existsSync(join(dir, 'records.json'))).toBe(true);
    expect(await list(app)).toEqual([]);
  });

  it('are checked against the directory they are made for', () => {
    const directory = loadSampleData(resourcesDir).directory;
    expect(loadSampleRecords(resourcesDir, new Date('2026-11-23T09:00:00.000Z'), directory).length).toBeGreaterThan(10);
    const broken = structuredClone(directory);
    broken.users = broken.users.filter((u) => u.id !== 'user-chantal');
    expect(() => loadSampleRecords(resourcesDir, new Date(), broken)).toThrow(
      /rec-deal-werkstatt: fields.responsible is not a user/,
    );
  });
});
