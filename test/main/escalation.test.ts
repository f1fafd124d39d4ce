import { describe, expect, it } from 'vitest';
import type { ItemRecord, Workflow } from '@shared/model';
import { sendThroughSmtp } from '../helpers/app-smtp';
import type { TestApp } from '../helpers/app';
import { fakeClock } from '../helpers/clock';
import { vatReturn } from '../helpers/items';
import { useOffice } from '../helpers/office';
import { oneTaskGraph, publish } from '../helpers/one-task-workflow';
import { useTestApps } from '../helpers/test-apps';

const office = useOffice();
const apps = useTestApps();
const MINUTE = 60_000;

const template = (id: string, subject: string) => ({
  id,
  name: subject,
  channel: 'email',
  attachments: [],
  texts: { nl: { subject, html: `<p>${subject}</p>` } },
});

/** A task for Bram, due in 1 working day; at the deadline Bram is reminded, a working day later the manager (Anna) hears of it and Chantal gets the task. */
async function escalatingWorkflow(app: TestApp, escalation: object) {
  await app.store.update((d) => {
    d.templates.push(
      template('tpl-herinnering', 'Herinnering: {{Item.Subject}}') as never,
      template('tpl-escalatie', 'Escalatie: {{Item.Subject}}') as never,
    );
    d.directory.users.find((u) => u.id === 'user-bram')!.email = 'bram@stroomlijn.example';
  });
  const wf = (await app.dispatch('workflows.create', {
    name: 'Escaleren',
    itemTypeId: 'type-accordering',
  })) as Workflow;
  const graph = oneTaskGraph('Beoordelen', [{ type: 'users', userIds: ['user-bram'], showInTaskList: true }]);
  Object.assign(graph.nodes[1]!, { deadline: { type: 'after', amount: 1, unit: 'workingDays' }, escalation });
  await app.dispatch('workflows.saveDraft', { id: wf.id, graph });
  await app.store.update((d) => void (d.workflows.find((w) => w.id === wf.id)!.taskManagerUserId = 'user-anna'));
  return { id: wf.id, publish: () => publish(app.dispatch, wf.id, true) };
}

describe('escalation after a task’s deadline (issue 16)', () => {
  it('due → reminder to the task users → the manager notified and the task reassigned: each exactly once across restarts', async () => {
    const clock = fakeClock('2026-11-23T09:00:00.000Z'); // Monday 10:00 in Amsterdam
    const o = await office(clock);
    const smtp = await sendThroughSmtp(o.app, apps.track);
    const wf = await escalatingWorkflow(o.app, {
      remindTemplateId: 'tpl-herinnering',
      after: { amount: 1, unit: 'workingDays' },
      then: [
        { type: 'notifyManager', templateId: 'tpl-escalatie' },
        { type: 'reassign', userIds: ['user-chantal'] },
      ],
    });
    await wf.publish();
    const item = (await o.app.as('user-eva').dispatch('items.submit', vatReturn('Aangifte Q4'))) as ItemRecord;
    const sent = async () => {
      await o.app.runtime.idle();
      await o.app.outbox.drain();
      return smtp.received
        .filter((m) => /^(Herinnering|Escalatie):/.test(m.subject ?? ''))
        .map((m) => `${m.subject} → ${(m.to as { value: { address: string }[] }).value[0]!.address}`);
    };
    const task = async () =>
      ((await o.app.as('user-eva').dispatch('items.get', { id: item.id })) as ItemRecord).tasks[0]!;
    expect((await task()).dueAt).toBe('2026-11-24T09:00:00.000Z');

    clock.advance(24 * 60 * MINUTE - MINUTE); // a minute before the deadline
    await o.app.tick();
    expect(await sent()).toEqual([]);
    clock.advance(2 * MINUTE);
    await o.app.tick();
    expect(await sent()).toEqual(['Herinnering: Aangifte Q4 → bram@stroomlijn.example']);
    expect(await task()).toMatchObject({ overdue: true, escalateAt: '2026-11-25T09:00:00.000Z' });
    await o.restart();
    await o.app.tick();
    expect(await sent()).toHaveLength(1);
    const schedule = (await o.app.as('user-bram').dispatch('schedule.list', { until: '2026-12-31T00:00:00.000Z' })) as {
      kind: string;
      at: string;
      itemId?: string;
    }[];
    expect(schedule.filter((e) => e.itemId === item.id).map((e) => [e.kind, e.at])).toEqual([
      ['escalation', '2026-11-25T09:00:00.000Z'],
    ]);

    clock.advance(24 * 60 * MINUTE); // Wednesday 10:01: a working day after the deadline
    await o.app.tick();
    await o.restart();
    await o.app.tick();
    expect(await sent()).toEqual([
      'Herinnering: Aangifte Q4 → bram@stroomlijn.example',
      'Escalatie: Aangifte Q4 → a.devries@stroomlijn.example',
    ]);
    expect(await task()).toMatchObject({ escalated: true, assignees: ['user-chantal'] });
    const history = ((await o.app.as('user-eva').dispatch('items.get', { id: item.id })) as ItemRecord).history.map(
      (h) => h.kind,
    );
    expect(history.filter((k) => k === 'overdue' || k === 'escalated' || k === 'reassigned')).toEqual([
      'overdue',
      'escalated',
      'reassigned',
    ]);
    clock.advance(7 * 24 * 60 * MINUTE);
    await o.restart();
    await o.app.tick();
    expect(await sent()).toHaveLength(2);
  });

  it('an automatic action of the task ("Verlopen") ends the task after the escalation period', async () => {
    const clock = fakeClock('2026-11-27T09:00:00.000Z'); // Friday
    const o = await office(clock);
    const wf = await escalatingWorkflow(o.app, {
      after: { amount: 1, unit: 'days' },
      then: [{ type: 'action', actionNodeId: 'no' }],
    });
    await o.app.store.update((d) => {
      const node = d.workflows.find((w) => w.id === wf.id)!.draft.nodes.find((n) => n.id === 'no') as {
        mode: string;
        condition?: unknown;
      };
      node.mode = 'automatic';
      node.condition = { join: 'and', rules: [{ field: 'instantie', operator: 'equals', value: 'nooit' }] };
    });
    await wf.publish();
    const item = (await o.app.as('user-eva').dispatch('items.submit', vatReturn('Verloopt'))) as ItemRecord;
    clock.advance(3 * 24 * 60 * MINUTE + MINUTE); // Monday: due (1 working day), not yet escalated
    await o.app.tick();
    const get = async () => (await o.app.as('user-eva').dispatch('items.get', { id: item.id })) as ItemRecord;
    expect((await get()).tasks[0]).toMatchObject({ overdue: true });
    clock.advance(24 * 60 * MINUTE);
    await o.app.tick();
    const done = await get();
    expect(done.tasks).toEqual([]);
    expect(done.history.some((h) => h.kind === 'automatic' && h.nodeId === 'no')).toBe(true);
  });

  it('lint: the escalation needs a deadline, and its action must be one of the task’s own, automatic', async () => {
    const o = await office();
    const wf = await escalatingWorkflow(o.app, {
      after: { amount: 1, unit: 'days' },
      then: [{ type: 'action', actionNodeId: 'elders' }],
    });
    const report = (await o.app.dispatch('workflows.validate', { id: wf.id })) as { findings: { code: string }[] };
    expect(report.findings.map((f) => f.code)).toContain('escalationActionNotOfTask');
    await o.app.store.update((d) => {
      const task = d.workflows.find((w) => w.id === wf.id)!.draft.nodes.find((n) => n.id === 't') as {
        deadline?: unknown;
        escalation: { then: unknown[] };
      };
      delete task.deadline;
      task.escalation.then = [{ type: 'action', actionNodeId: 'ok' }];
    });
    const again = (await o.app.dispatch('workflows.validate', { id: wf.id })) as { findings: { code: string }[] };
    expect(again.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['escalationWithoutDeadline', 'escalationActionNotAutomatic']),
    );
    await expect(wf.publish()).rejects.toThrow(/no deadline/);
  });
});
