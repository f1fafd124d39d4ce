import { describe, expect, it } from 'vitest';
import type { CrmRecord } from '@shared/model';
import { fakeClock } from '../helpers/clock';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();
const open = (dir = tempDir(), clock = fakeClock()) => apps.open(dir, clock);

describe('CRM records', () => {
  it('creates, changes and lists records, kept across a restart', async () => {
    const dir = tempDir();
    const clock = fakeClock();
    let app = await open(dir, clock);
    const task = (await app.dispatch('records.create', {
      entity: 'task',
      title: 'Piet terugbellen',
      fields: {
        type: 'Bellen',
        status: 'Open',
        responsible: 'user-bram',
        contact: 'contact-piet',
        dueDate: '2026-11-25T12:00:00.000Z',
      },
    })) as CrmRecord;
    clock.advance(60_000);
    const deal = (await app.dispatch('records.create', {
      entity: 'deal',
      title: 'Zonnepanelen Buurtaanpak',
      fields: { stage: 'Lead', value: 12500 },
    })) as CrmRecord;
    const done = (await app.dispatch('records.update', {
      id: task.id,
      fields: { status: 'Afgehandeld', timeTracked: 1.5 },
    })) as CrmRecord;
    expect(done.fields).toMatchObject({ status: 'Afgehandeld', timeTracked: 1.5, type: 'Bellen' });
    await apps.close(app);
    app = await open(dir, clock);
    // The first start also made sample records (resources/sample-records.json); ours come first, newest changed first.
    const tasks = (await app.dispatch('records.list', { entity: 'task' })) as CrmRecord[];
    expect(tasks[0]).toMatchObject({ id: task.id, fields: { status: 'Afgehandeld' } });
    expect(tasks.every((r) => r.entity === 'task')).toBe(true);
    expect(
      ((await app.dispatch('records.list', { search: 'zonnepanelen buurtaanpak' })) as CrmRecord[]).map((r) => r.id),
    ).toEqual([deal.id]);
    expect(
      ((await app.dispatch('records.list', { where: { stage: 'Lead', value: '12500' } })) as CrmRecord[]).map(
        (r) => r.id,
      ),
    ).toEqual([deal.id]);
  });

  it('refuses bad fields, each by its path, and keeps nothing of the bad change', async () => {
    const app = await open();
    const before = await app.dispatch('records.list', {});
    const bad = (await app
      .dispatch('records.create', {
        entity: 'task',
        title: 'X',
        fields: { type: 'Zingen', responsible: 'user-nobody', dueDate: 'morgen', kleur: 'rood' },
      })
      .catch((e: unknown) => e)) as { issues: { path: string; message: string }[] };
    expect(bad.issues).toEqual([
      { path: 'fields.kleur', message: 'is not a field of this kind of record' },
      { path: 'fields.type', message: expect.stringMatching(/^is not one of: Bellen, /) },
      { path: 'fields.status', message: 'is required' },
      { path: 'fields.responsible', message: 'is not a user' },
      { path: 'fields.dueDate', message: 'is not a date' },
    ]);
    expect(await app.dispatch('records.list', {})).toEqual(before);
    const feb30 = { type: 'Bellen', status: 'Open', responsible: 'user-bram', dueDate: '2026-02-30T09:00' };
    const noSuchDay = (await app
      .dispatch('records.create', { entity: 'task', title: 'X', fields: feb30 })
      .catch((e: unknown) => e)) as { issues: unknown[] };
    expect(noSuchDay.issues).toEqual([{ path: 'fields.dueDate', message: 'is a date that does not exist' }]);
    expect(await app.dispatch('records.list', {})).toEqual(before);
    const contactRecord = await app
      .dispatch('records.create', { entity: 'contact' as never, title: 'X', fields: {} })
      .catch((e: Error) => e);
    expect((contactRecord as { issues: { path: string }[] }).issues[0]!.path).toBe('entity');
  });
});
