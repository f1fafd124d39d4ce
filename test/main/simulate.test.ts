import { describe, expect, it } from 'vitest';
import type { ApiInput } from '@shared/api/contract';
import type { SimulationResult } from '@shared/api/simulate-contract';
import type { ItemRecord, OutboxMessage } from '@shared/model';
import type { WorkflowGraph } from '@shared/model/workflow';
import { useTempDirs } from '../helpers/temp-dir';
import { createWaitingWorkflow, waitingGraph } from '../helpers/wait-workflow';
import { useTestApps } from '../helpers/test-apps';
import { vatReturn } from '../helpers/items';

const tempDir = useTempDirs();
const apps = useTestApps();
const open = () => apps.open(tempDir());
type App = Awaited<ReturnType<typeof open>>;

const startAt = '2026-11-23T09:00:00.000Z';
const draftOf = (app: App, id: string) => structuredClone(app.store.data.workflows.find((w) => w.id === id)!.draft);
const simulate = async (app: App, input: Omit<ApiInput<'workflows.simulate'>, 'startAt'>) =>
  (await app.dispatch('workflows.simulate', { startAt, ...input })) as SimulationResult;
/** Each message of a step as [template, subject, "name <address>" or "name (skip reason)"]. */
const mailsOf = (step: SimulationResult['steps'][number]) =>
  step.messages.flatMap((m) =>
    m.mails.map((mail) => [
      m.templateName,
      mail.subject,
      `${mail.to.name} ${mail.to.email ? `<${mail.to.email}>` : `(${mail.skipReason})`}`,
    ]),
  );
const accordering = {
  kind: 'sample' as const,
  itemTypeId: 'type-accordering',
  subject: 'Btw-aangifte Q3',
  fields: { berichtsoort: 'btw-aangifte', instantie: 'Belastingdienst', klant: 'Bakkerij de Korenaar' },
  submitterUserId: 'user-eva',
};
const nothingStored = async (app: App) => {
  expect(await app.dispatch('messages.list', {})).toEqual([]);
  expect(await app.dispatch('items.list', {})).toEqual([]);
};

describe('simulating a draft (nothing is sent or stored)', () => {
  it('runs wf-accordering down the approve path: the review mail to both reviewers, then completed and approved', async () => {
    const app = await open();
    const graph = draftOf(app, 'wf-accordering');
    const result = await simulate(app, {
      workflowId: 'wf-accordering',
      graph,
      item: accordering,
      events: [
        { type: 'act', actionNodeId: 'a1', userId: 'user-bram', reaction: { text: 'Akkoord', external: false } },
      ],
    });
    const [submit, approve] = result.steps;
    expect(submit!.nodeIds).toEqual(['t1']);
    expect(mailsOf(submit!)).toEqual([
      [
        'Aangifte te beoordelen',
        'Te beoordelen: btw-aangifte Bakkerij de Korenaar',
        'Bram Jansen <bram.jansen@stroomlijn.example>',
      ],
      [
        'Aangifte te beoordelen',
        'Te beoordelen: btw-aangifte Bakkerij de Korenaar',
        'Chantal Bakker <chantal.bakker@mail.example>',
      ],
    ]);
    // How each address was found: Bram through his person's work address, Chantal through her employee record.
    expect(
      submit!.messages[0]!.mails.map((m) => m.to.chain.map((s) => `${s.source}:${s.address ?? s.missing}`)),
    ).toEqual([
      ['user:empty', 'personWork:bram.jansen@stroomlijn.example'],
      ['user:empty', 'personWork:empty', 'employeePrivate:chantal.bakker@mail.example'],
    ]);
    expect(submit!.effects).toEqual([{ type: 'scheduleTimer', nodeId: 't1', at: '2026-11-25T09:00:00.000Z' }]);
    expect(approve!.history.map((h) => [h.kind, h.nodeId])).toEqual([
      ['acted', 'a1'],
      ['completed', 'e1'],
    ]);
    expect(approve!.messages).toEqual([]);
    expect(approve!.effects).toEqual([{ type: 'itemCompleted' }]);
    expect(result).toMatchObject({ status: 'completed', itemStatus: 'approved', tasks: [], timers: [] });
    await nothingStored(app);
  });

  it('runs the reject path: the submitter is mailed, the item waits in the customer task for its user', async () => {
    const app = await open();
    const graph = draftOf(app, 'wf-accordering');
    const result = await simulate(app, {
      workflowId: 'wf-accordering',
      graph,
      item: accordering,
      events: [
        {
          type: 'act',
          actionNodeId: 'a2',
          userId: 'user-chantal',
          reaction: { text: 'Periode klopt niet', external: true },
        },
      ],
    });
    const reject = result.steps[1]!;
    expect(reject.error).toBeUndefined();
    expect(mailsOf(reject)).toEqual([
      ['Aangifte afgekeurd (klant)', 'Uw btw-aangifte is afgekeurd', 'Eva Smit (portal) <eva@korenaar.example>'],
    ]);
    expect(reject.messages[0]!.mails[0]!.to).toMatchObject({
      external: true,
      chain: [
        { source: 'user', missing: 'empty' },
        { source: 'personWork', address: 'eva@korenaar.example' },
      ],
    });
    expect(reject.nodeIds).toEqual(['t2']);
    expect(result).toMatchObject({ status: 'running', itemStatus: 'rejected' });
    expect(result.tasks.map((t) => [t.title, t.users.map((u) => u.name), t.actions.map((a) => a.label)])).toEqual([
      ['Beoordelen reactie van klant', ['Eva Smit (portal)'], ['Opnieuw beoordelen', 'Intrekken']],
    ]);
    // The same input gives the same steps: a replay is deterministic.
    expect(
      await simulate(app, {
        workflowId: 'wf-accordering',
        graph,
        item: accordering,
        events: [
          {
            type: 'act',
            actionNodeId: 'a2',
            userId: 'user-chantal',
            reaction: { text: 'Periode klopt niet', external: true },
          },
        ],
      }),
    ).toEqual(result);
    await nothingStored(app);
  });

  it('says on the step why the engine refused an event, and goes on with the next', async () => {
    const app = await open();
    const graph = draftOf(app, 'wf-accordering');
    const result = await simulate(app, {
      workflowId: 'wf-accordering',
      graph,
      item: accordering,
      events: [
        { type: 'act', actionNodeId: 'a1', userId: 'user-bram' },
        { type: 'act', actionNodeId: 'a3', userId: 'user-eva' },
        { type: 'act', actionNodeId: 'a1', userId: 'user-dirk', reaction: { text: 'Akkoord', external: false } },
        { type: 'timer', nodeId: 'e1' },
        { type: 'act', actionNodeId: 'a1', userId: 'user-bram', reaction: { text: 'Akkoord', external: false } },
      ],
    });
    expect(result.steps.slice(1).map((s) => s.error ?? 'ok')).toEqual([
      '“Beoordelen aangifte klant” needs a reaction',
      '“Opnieuw beoordelen” is not an action of a task this item is in',
      'This task is not theirs: only its users and the task manager may act on it.',
      'no timer of that step is pending',
      'ok',
    ]);
    expect(result.steps[1]!.nodeIds).toEqual(['t1']);
    expect(result.status).toBe('completed');
  });

  it('simulates the draft as it is, not the published version', async () => {
    const app = await open();
    const graph = draftOf(app, 'wf-accordering');
    const task = graph.nodes.find((n) => n.id === 't1')!;
    if (task.kind !== 'task') throw new Error('t1 is a task');
    task.title = 'Controleren';
    task.destinations = [{ type: 'users', userIds: ['user-dirk'], showInTaskList: true }];
    const result = await simulate(app, { workflowId: 'wf-accordering', graph, item: accordering, events: [] });
    expect(result.tasks.map((t) => [t.title, t.users.map((u) => u.id)])).toEqual([['Controleren', ['user-dirk']]]);
    // Dirk has no address anywhere: the message says so instead of sending.
    expect(mailsOf(result.steps[0]!)).toEqual([
      ['Aangifte te beoordelen', 'Te beoordelen: btw-aangifte Bakkerij de Korenaar', 'Dirk Visser (noAddress)'],
    ]);
    expect(result.steps[0]!.messages[0]!.mails[0]!.to.chain.map((s) => s.source)).toEqual([
      'user',
      'personWork',
      'employeePrivate',
    ]);
  });

  it('runs an existing item’s data and leaves the item and the outbox as they were', async () => {
    const app = await open();
    const input = vatReturn('ICP-aangifte', { berichtsoort: 'icp-aangifte', klant: 'Holzwerkstatt' });
    const item = (await app.as('user-eva').dispatch('items.submit', input)) as ItemRecord;
    const before = {
      messages: (await app.dispatch('messages.list', {})) as OutboxMessage[],
      item: await app.dispatch('items.get', { id: item.id }),
    };
    const result = await simulate(app, {
      workflowId: 'wf-accordering',
      graph: draftOf(app, 'wf-accordering'),
      item: { kind: 'existing', itemId: item.id },
      events: [{ type: 'act', actionNodeId: 'a2', userId: 'user-bram', reaction: { text: 'Nee', external: true } }],
    });
    expect(result.item).toMatchObject({ number: item.number, subject: 'ICP-aangifte', submitterUserId: 'user-eva' });
    expect(mailsOf(result.steps[1]!)).toEqual([
      ['Aangifte afgekeurd (klant)', 'Uw icp-aangifte is afgekeurd', 'Eva Smit (portal) <eva@korenaar.example>'],
    ]);
    expect(await app.dispatch('messages.list', {})).toEqual(before.messages);
    expect(await app.dispatch('items.get', { id: item.id })).toEqual(before.item);
    const missing = await simulate(app, {
      workflowId: 'wf-accordering',
      graph: draftOf(app, 'wf-accordering'),
      item: { kind: 'existing', itemId: 'nope' },
      events: [],
    }).catch((e: Error) => e);
    expect((missing as Error).message).toBe('There is no item with id "nope".');
  });

  it('fires wait timers of a workflow that waits: time jumps to each, the branch follows the fields', async () => {
    const app = await open();
    const workflowId = await createWaitingWorkflow(app.dispatch, false);
    const graph = waitingGraph();
    const item = {
      kind: 'sample' as const,
      subject: 'Terugbellen over offerte',
      fields: {
        type: 'Bellen',
        responsible: 'user-bram',
        dueDate: '2026-11-27T12:00:00.000Z',
        contact: 'contact-piet',
      },
    };
    const started = await simulate(app, { workflowId, graph, item, events: [] });
    expect(mailsOf(started.steps[0]!)).toEqual([
      [
        'Bellen – nieuwe taak',
        'Nieuwe beltaak: Terugbellen over offerte',
        'Bram Jansen <bram.jansen@stroomlijn.example>',
      ],
    ]);
    expect(started.timers).toEqual([{ nodeId: 'w1', kind: 'wait', at: '2026-11-27T12:00:00.000Z' }]);

    // Handled before the deadline: three days after it, the contact is thanked.
    const handled = await simulate(app, {
      workflowId,
      graph,
      item,
      events: [
        {
          type: 'updateFields',
          fields: { status: 'Afgehandeld' },
        },
        { type: 'timer', nodeId: 'w1' },
        { type: 'timer', nodeId: 'w2' },
      ],
    });
    expect(handled.steps.map((s) => [s.event.type, s.at, s.nodeIds.join()])).toEqual([
      ['submit', startAt, 'w1'],
      ['updateFields', startAt, 'w1'],
      ['timer', '2026-11-27T12:00:00.000Z', 'w2'],
      ['timer', '2026-11-30T12:00:00.000Z', ''],
    ]);
    expect(handled.steps[2]!.history.find((h) => h.kind === 'branch')).toMatchObject({
      nodeId: 'c1',
      detail: 'Afgehandeld',
    });
    expect(mailsOf(handled.steps[3]!)).toEqual([
      ['Bellen – opvolging contact', 'Bedankt voor het gesprek', 'Piet Mulder <piet.mulder@zonnewijk.example>'],
    ]);
    expect(handled).toMatchObject({ status: 'completed', now: '2026-11-30T12:00:00.000Z' });

    // Not handled: the responsible hears once that it expired.
    const expired = await simulate(app, { workflowId, graph, item, events: [{ type: 'timer', nodeId: 'w1' }] });
    expect(mailsOf(expired.steps[1]!)).toEqual([
      ['Bellen – taak verlopen', 'Verlopen: Terugbellen over offerte', 'Bram Jansen <bram.jansen@stroomlijn.example>'],
    ]);
    expect(expired.status).toBe('completed');
    await nothingStored(app);
  });

  it('lists webhook and CRM task effects as what would be done', async () => {
    const app = await open();
    const at = { x: 0, y: 0 };
    const graph: WorkflowGraph = {
      nodes: [
        { id: 's', kind: 'start', position: at, trigger: { type: 'itemSubmitted' } },
        {
          id: 'h',
          kind: 'webhook',
          position: at,
          title: 'Boekhouding',
          method: 'POST',
          url: 'https://boekhouding.example/hook',
        },
        { id: 'c', kind: 'createTask', position: at, title: 'Klant bellen', assigneeUserId: 'user-anna', dueInDays: 2 },
        { id: 'e', kind: 'end', position: at },
      ],
      edges: [
        { id: '1', source: 's', target: 'h' },
        { id: '2', source: 'h', target: 'c' },
        { id: '3', source: 'c', target: 'e' },
      ],
    } as WorkflowGraph;
    const result = await simulate(app, {
      workflowId: 'wf-infomail',
      graph,
      item: { kind: 'sample', subject: 'x', fields: {} },
      events: [],
    });
    expect(result.steps[0]!.effects).toEqual([
      { type: 'callWebhook', nodeId: 'h', method: 'POST', url: 'https://boekhouding.example/hook' },
      { type: 'createTask', nodeId: 'c', title: 'Klant bellen', assigneeUserId: 'user-anna', dueInDays: 2 },
      { type: 'itemCompleted' },
    ]);
  });

  it('stops a runaway loop with the engine’s message instead of failing the call', async () => {
    const app = await open();
    const at = { x: 0, y: 0 };
    const graph = {
      nodes: [
        { id: 's', kind: 'start', position: at, trigger: { type: 'itemSubmitted' } },
        { id: 'f', kind: 'setField', position: at, title: 'Teller', field: 'teller', value: 1 },
        { id: 'c', kind: 'condition', position: at, title: 'Nog eens?', branches: [] },
      ],
      edges: [
        { id: '1', source: 's', target: 'f' },
        { id: '2', source: 'f', target: 'c' },
        { id: '3', source: 'c', target: 'f', sourceHandle: 'default' },
      ],
    } as unknown as WorkflowGraph;
    const result = await simulate(app, {
      workflowId: 'wf-infomail',
      graph,
      item: { kind: 'sample', subject: 'Rond en rond', fields: {} },
      events: [{ type: 'updateFields', fields: { teller: 2 } }],
    });
    expect(result).toMatchObject({
      status: 'error',
      error: 'stopped after 1000 steps without a task or wait: the workflow loops',
      tasks: [],
      timers: [],
    });
    expect(result.steps[0]!.history.at(-1)).toMatchObject({ kind: 'error' });
    expect(result.steps[1]!.error).toBe('this item is error');
    // A draft without a start says so on its first step.
    const empty = await simulate(app, {
      workflowId: 'wf-infomail',
      graph: { nodes: [], edges: [] },
      item: { kind: 'sample', subject: 'Leeg', fields: {} },
      events: [],
    });
    expect(empty).toMatchObject({
      status: 'error',
      error: 'the workflow has no start',
      steps: [{ error: 'the workflow has no start', nodeIds: [] }],
    });
  });

  it('refuses bad input with the fields at fault', async () => {
    const app = await open();
    const bad = await app
      .dispatch('workflows.simulate', {
        workflowId: 'wf-accordering',
        graph: draftOf(app, 'wf-accordering'),
        startAt: 'gisteren',
        item: { kind: 'sample', subject: '' },
        events: [{ type: 'act' }],
      })
      .catch((e: { issues?: { path: string }[] }) => e);
    expect((bad as { issues: { path: string }[] }).issues.map((i) => i.path).sort()).toEqual([
      'events[0].actionNodeId',
      'events[0].userId',
      'item.subject',
      'startAt',
    ]);
  });
});
