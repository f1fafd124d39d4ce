import { describe, expect, it } from 'vitest';
import type { CrmRecord, ItemRecord, Workflow } from '@shared/model';
import type { OfficeCalendarView } from '@shared/model/office-calendar';
import type { TestApp } from '../helpers/app';
import type { ScheduleEntry } from '@shared/api/schedule-contract';
import { fakeClock } from '../helpers/clock';
import { useOffice } from '../helpers/office';
import { vatReturn } from '../helpers/items';
import { oneTaskGraph, publish } from '../helpers/one-task-workflow';

const office = useOffice();
const BAVARIA = {
  country: 'DE',
  region: 'BY',
  timeZone: 'Europe/Berlin',
  workingDays: [1, 2, 3, 4, 5],
  hours: { start: '08:00', end: '16:00' },
  closingDays: [],
  userWorkingDays: {},
};

/** start → create task "Terugbellen" for Bram, due in 1 working day → the task. */
function withCreateTask(graph: ReturnType<typeof oneTaskGraph>) {
  graph.nodes.push({
    id: 'c',
    kind: 'createTask',
    position: { x: 200, y: 80 },
    title: 'Terugbellen',
    assigneeUserId: 'user-bram',
    dueInDays: 1,
    dueUnit: 'workingDays',
  } as never);
  graph.edges[0] = { id: '1', source: 's', target: 'c' };
  graph.edges.push({ id: '6', source: 'c', target: 't' });
  return graph;
}

/** The Accorderingsbericht route: one task for Bram, due in `amount` working days. */
async function workingDaysWorkflow(app: TestApp, amount: number) {
  const wf = (await app.dispatch('workflows.create', {
    name: 'Werkdagen',
    itemTypeId: 'type-accordering',
  })) as Workflow;
  const graph = oneTaskGraph('Controleren', [{ type: 'users', userIds: ['user-bram'], showInTaskList: true }]);
  (graph.nodes[1] as Record<string, unknown>).deadline = { type: 'after', amount, unit: 'workingDays' };
  await app.dispatch('workflows.saveDraft', { id: wf.id, graph });
  await publish(app.dispatch, wf.id, true);
}

describe('office calendar (Settings) and deadlines in working days', () => {
  it('changes only for administrators, refuses a wrong calendar as a whole, and lists the coming holidays of the region', async () => {
    const o = await office(fakeClock('2026-05-20T09:00:00.000Z'));
    const before = (await o.app.dispatch('officeCalendar.get', {})) as OfficeCalendarView;
    expect(before.settings).toMatchObject({
      country: 'NL',
      timeZone: 'Europe/Amsterdam',
      workingDays: [1, 2, 3, 4, 5],
    });
    expect(before.coming.slice(0, 2)).toEqual([
      { date: '2026-05-24', name: 'Pinksteren', kind: 'holiday' },
      { date: '2026-05-25', name: 'Tweede pinksterdag', kind: 'holiday' },
    ]);
    await expect(o.app.as('user-bram').dispatch('officeCalendar.update', BAVARIA)).rejects.toMatchObject({
      code: 'forbidden',
    });
    for (const wrong of [
      { ...BAVARIA, region: undefined },
      { ...BAVARIA, timeZone: 'Europe/Atlantis' },
      { ...BAVARIA, workingDays: [] },
      { ...BAVARIA, closingDays: [{ date: '2026-02-30', name: 'x' }] },
    ]) {
      await expect(o.app.dispatch('officeCalendar.update', wrong)).rejects.toMatchObject({ code: 'invalid_input' });
    }
    expect(o.app.store.data.settings.officeCalendar).toEqual(before.settings);
    const after = (await o.app.dispatch('officeCalendar.update', BAVARIA)) as OfficeCalendarView;
    // Listed in the UI's language (Dutch here), where date-holidays has it.
    expect(after.coming[0]).toEqual({ date: '2026-05-25', name: 'Tweede pinksterdag', kind: 'holiday' });
    expect(after.coming[1]).toEqual({ date: '2026-06-04', name: 'Sacramentsdag', kind: 'holiday' });
    await o.restart();
    expect(((await o.app.dispatch('officeCalendar.get', {})) as OfficeCalendarView).settings).toEqual(after.settings);
    const preview = (await o.app.dispatch('officeCalendar.holidays', {
      country: 'BE',
    })) as OfficeCalendarView['coming'];
    expect(preview.map((d) => d.name)).toContain('Nationale feestdag');
  });

  it('a task due in 1 working day on the eve of Fronleichnam (Bavaria) is due on Friday, says why, and turns overdue only then — once across a restart', async () => {
    const clock = fakeClock('2026-06-03T08:00:00.000Z'); // Wednesday 10:00 in Munich
    const o = await office(clock);
    await o.app.dispatch('officeCalendar.update', BAVARIA);
    await workingDaysWorkflow(o.app, 1);
    const item = (await o.app.as('user-eva').dispatch('items.submit', vatReturn('Vor Fronleichnam'))) as ItemRecord;
    const stored = async () => (await o.app.as('user-eva').dispatch('items.get', { id: item.id })) as ItemRecord;
    const task = async () => (await stored()).tasks[0]!;
    expect(await task()).toMatchObject({ dueAt: '2026-06-05T08:00:00.000Z', dueMovedBy: ['Fronleichnam'] });
    const schedule = (await o.app
      .as('user-bram')
      .dispatch('schedule.list', { until: '2026-07-01T00:00:00.000Z' })) as ScheduleEntry[];
    expect(schedule.find((e) => e.itemId === item.id)).toMatchObject({
      kind: 'deadline',
      at: '2026-06-05T08:00:00.000Z',
      movedBy: ['Fronleichnam'],
    });
    const mine = (await o.app.as('user-bram').dispatch('tasks.mine', {})) as {
      itemId: string;
      dueAt?: string;
      dueMovedBy?: string[];
    }[];
    expect(mine.find((x) => x.itemId === item.id)).toMatchObject({
      dueAt: '2026-06-05T08:00:00.000Z',
      dueMovedBy: ['Fronleichnam'],
    });
    clock.advance(26 * 3_600_000); // Thursday 12:00, the holiday: a calendar day later, not yet due
    await o.app.tick();
    expect((await task()).overdue).toBeFalsy();
    clock.advance(22 * 3_600_000); // Friday 10:00
    await o.restart();
    await o.app.tick();
    expect((await task()).overdue).toBe(true);
    const overdue = (await stored()).history.filter((h) => h.kind === 'overdue');
    expect(overdue).toHaveLength(1);
  });

  it('a create-task step due in working days skips the part-timer’s days off', async () => {
    const clock = fakeClock('2026-06-03T08:00:00.000Z'); // Wednesday
    const o = await office(clock);
    await o.app.dispatch('officeCalendar.update', {
      ...BAVARIA,
      country: 'NL',
      region: undefined,
      timeZone: 'Europe/Amsterdam',
      userWorkingDays: { 'user-bram': [1, 2, 3] },
    });
    const wf = (await o.app.dispatch('workflows.create', { name: 'Taak', itemTypeId: 'type-accordering' })) as Workflow;
    await o.app.dispatch('workflows.saveDraft', {
      id: wf.id,
      graph: withCreateTask(
        oneTaskGraph('Controleren', [{ type: 'users', userIds: ['user-bram'], showInTaskList: true }]),
      ),
    });
    await publish(o.app.dispatch, wf.id, true);
    await o.app.as('user-eva').dispatch('items.submit', vatReturn('Deeltijd'));
    const tasks = (await o.app.dispatch('records.list', { entity: 'task' })) as { records?: CrmRecord[] } | CrmRecord[];
    const list = Array.isArray(tasks) ? tasks : (tasks.records ?? []);
    const made = list.find((r) => r.title === 'Terugbellen');
    expect(made?.fields.dueDate).toBe('2026-06-08T08:00:00.000Z'); // Bram works Mon–Wed: Wednesday + 1 → Monday
  });
});
