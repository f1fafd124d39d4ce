import { describe, expect, it } from 'vitest';
import { toBpmn, type BpmnSource } from '@shared/bpmn/to-bpmn';
import { conditionHolds } from '@shared/engine/conditions';
import { step } from '@shared/engine/step';
import type { EngineEffect, ItemState } from '@shared/engine/types';
import { WorkflowGraph } from '@shared/model';
import { runInBpmnEngine } from '../helpers/bpmn-engine-run';
import { escalating, sampleSources } from '../helpers/bpmn-workflows';

const T0 = '2026-11-23T09:00:00.000Z';

/** The same choices through Stroomlijn's own engine (the one workflows.simulate runs). */
function runInStroomlijn(
  source: BpmnSource,
  fields: Record<string, unknown>,
  actions: string[],
  timersWhileWaiting = false,
) {
  const effects: EngineEffect[] = [];
  const submitted = step(
    null,
    { type: 'submit', item: { id: 'i1', workflowId: source.id, version: 1, fields } },
    source.graph,
    T0,
  );
  let state = submitted.state;
  effects.push(...submitted.effects);
  const choices = [...actions];
  // As in bpmn-engine: a task is answered at once with the next choice; a wait fires when nothing else can happen.
  for (let guard = 0; state.status === 'running' && guard < 100; guard++) {
    const actionNodeId = state.tasks.length ? choices.shift() : undefined;
    const wait = state.waits[0];
    if (state.tasks.length && actionNodeId === undefined) {
      // No choice left: the task's deadline, then its escalation, as their timers fire.
      const task = state.tasks[0]!;
      const at = !task.overdue ? task.dueAt : !task.escalated ? task.escalateAt : undefined;
      if (!timersWhileWaiting || !at) break;
      const result = step(state, { type: 'timer', nodeId: task.nodeId }, source.graph, at);
      state = result.state;
      effects.push(...result.effects);
      continue;
    }
    if (!actionNodeId && !wait) break;
    const result = actionNodeId
      ? step(
          state,
          { type: 'act', actionNodeId, userId: 'u1', reaction: { text: 'Akkoord', external: false } },
          source.graph,
          T0,
        )
      : step(state, { type: 'timer', nodeId: wait!.nodeId }, source.graph, wait!.until);
    state = result.state;
    effects.push(...result.effects);
  }
  return { state, effects };
}

/**
 * Known, documented differences: a task that an automatic action (or its info message) leaves at once
 * has no user task in the export, so bpmn-engine never waits in it; Stroomlijn logs it as entered.
 */
function enteredUserTasks(state: ItemState): string[] {
  const entered: string[] = [];
  state.history.forEach((h, i) => {
    if (h.kind !== 'entered' || !h.nodeId) return;
    const next = state.history[i + 1];
    if (next?.kind === 'automatic' && next.at === h.at) return;
    entered.push(h.nodeId);
  });
  return entered;
}

const approval = (): BpmnSource => ({
  id: 'wf-approval',
  name: 'Goedkeuring met bedrag',
  graph: WorkflowGraph.parse({
    nodes: [
      { id: 's', kind: 'start', position: { x: 0, y: 0 } },
      {
        id: 'c',
        kind: 'condition',
        position: { x: 0, y: 150 },
        title: 'Bedrag?',
        branches: [
          {
            id: 'big',
            label: 'Groot',
            condition: { join: 'and', rules: [{ field: 'amount', operator: 'greater', value: 1000 }] },
          },
          {
            id: 'kvk',
            label: 'KvK',
            condition: {
              join: 'or',
              rules: [
                { field: 'kind', operator: 'equals', value: 'KvK' },
                { field: 'kind', operator: 'contains', value: 'kamer' },
              ],
            },
          },
        ],
      },
      {
        id: 't',
        kind: 'task',
        position: { x: 0, y: 300 },
        title: 'Goedkeuren',
        destinations: [{ type: 'taskManager' }],
        message: { enabled: true, addressee: { type: 'taskUsers' }, templateId: 'tpl-t' },
      },
      {
        id: 'yes',
        kind: 'action',
        position: { x: 0, y: 450 },
        label: 'Ja',
        effects: [{ type: 'setStatus', status: 'approved' }],
      },
      {
        id: 'no',
        kind: 'action',
        position: { x: 300, y: 450 },
        label: 'Nee',
        message: { enabled: true, addressee: { type: 'submitter' }, templateId: 'tpl-no' },
        effects: [{ type: 'setStatus', status: 'rejected' }],
      },
      { id: 'n', kind: 'notify', position: { x: 600, y: 300 }, to: [{ type: 'submitter' }], templateId: 'tpl-n' },
      { id: 'f', kind: 'setField', position: { x: 600, y: 450 }, field: 'status', value: 'klein' },
      {
        id: 'w',
        kind: 'wait',
        position: { x: 900, y: 450 },
        title: 'Twee uur',
        until: { type: 'duration', amount: 2, unit: 'hours' },
      },
      { id: 'e1', kind: 'end', position: { x: 0, y: 600 } },
      { id: 'e2', kind: 'end', position: { x: 600, y: 600 } },
    ],
    edges: [
      { id: 'a', source: 's', target: 'c' },
      { id: 'b', source: 'c', target: 't', sourceHandle: 'big' },
      { id: 'b2', source: 'c', target: 'n', sourceHandle: 'kvk' },
      { id: 'c2', source: 'c', target: 'f', sourceHandle: 'default' },
      { id: 'd', source: 't', target: 'yes' },
      { id: 'd2', source: 't', target: 'no' },
      { id: 'g', source: 'yes', target: 'e1' },
      { id: 'h', source: 'no', target: 't' },
      { id: 'i', source: 'n', target: 'e2' },
      { id: 'j', source: 'f', target: 'w' },
      { id: 'k', source: 'w', target: 'e2' },
    ],
  }),
});

const sample = (id: string) => sampleSources().find((w) => w.id === id)!;

/** Whether a record trigger's checks let the run start (the runtime checks them before it submits). */
function triggerHolds(source: BpmnSource, fields: Record<string, unknown>): boolean {
  const start = source.graph.nodes.find((n) => n.kind === 'start');
  if (start?.kind !== 'start' || start.trigger.type !== 'record') return true;
  const t = start.trigger;
  const fieldOk =
    t.field && t.value !== undefined && (t.event === 'fieldChanged' || t.event === 'statusChangedTo')
      ? String(fields[t.field] ?? '') === t.value
      : true;
  return fieldOk && conditionHolds(t.onlyIf, fields);
}
const scenarios: { source: BpmnSource; fields: Record<string, unknown>; actions: string[]; timers?: true }[] = [
  { source: sample('wf-infomail'), fields: {}, actions: ['a2'] },
  { source: sample('wf-accordering'), fields: {}, actions: ['a1'] },
  { source: sample('wf-accordering'), fields: {}, actions: ['a2', 'a4'] },
  { source: sample('wf-accordering'), fields: {}, actions: ['a2', 'a3', 'a1'] },
  { source: sample('wf-accordering'), fields: {}, actions: ['a2'] },
  { source: approval(), fields: { amount: 1500 }, actions: ['no', 'no', 'yes'] },
  { source: approval(), fields: { amount: '999', kind: 'Kamer van Koophandel' }, actions: [] },
  { source: approval(), fields: { kind: 'KvK' }, actions: [] },
  { source: approval(), fields: {}, actions: [] },
  { source: sample('wf-bellen-afgehandeld'), fields: { type: 'Bellen', contact: 'c-1' }, actions: [] },
  { source: sample('wf-bellen-afgehandeld'), fields: { type: 'Mailen', contact: 'c-1' }, actions: [] },
  { source: sample('wf-deal-feedback'), fields: { stage: 'Feedback' }, actions: [] },
  { source: sample('wf-deal-feedback'), fields: { stage: 'Offerte' }, actions: [] },
  { source: sample('wf-tijd-over'), fields: { timeTracked: 5, timeTarget: 3, status: 'Open' }, actions: [] },
  { source: sample('wf-tijd-over'), fields: { timeTracked: 2, timeTarget: 3, status: 'Open' }, actions: [] },
  { source: sample('wf-bellen-nieuw'), fields: { type: 'Bellen' }, actions: [] },
  { source: sample('wf-bellen-verlopen'), fields: {}, actions: [] },
  // A reminder: BPMN runs the steps again in the same instance; Stroomlijn starts the workflow again (below).
  { source: sample('wf-kans-offerte'), fields: { status: 'Offertezoek - Offerte aangevraagd' }, actions: [] },
  { source: sample('wf-kans-offerte'), fields: { status: 'Gewonnen' }, actions: [] },
  // Escalations (issue 16): nobody acts, the deadline passes, then the escalation.
  { source: escalating(), fields: { due: '2026-11-30' }, actions: [], timers: true },
  { source: escalating(), fields: { due: '2026-11-30' }, actions: ['ok'], timers: true },
  { source: escalating(), fields: { due: '2026-11-30' }, actions: ['ok', 'done'], timers: true },
];

describe('differential: an export in bpmn-engine takes the same path as Stroomlijn’s engine', () => {
  for (const { source, fields, actions, timers = false } of scenarios) {
    it(`${source.name} with ${JSON.stringify(fields)}, acting ${actions.join(' → ') || 'not at all'}${timers ? ', deadlines passing' : ''}`, async () => {
      const { xml } = await toBpmn(source, { platformVersion: '8.9' });
      const conditions = new Set(source.graph.nodes.filter((n) => n.kind === 'condition').map((n) => n.id));
      const bpmn = await runInBpmnEngine(xml, fields, actions, conditions, timers);
      const starts = triggerHolds(source, fields);
      const ours = starts
        ? runInStroomlijn(source, fields, actions, timers)
        : { state: { history: [], tasks: [], waits: [] } as unknown as ItemState, effects: [] };
      const messagesOf = (effects: EngineEffect[]) =>
        effects.flatMap((e) =>
          e.type === 'queueMessage'
            ? [
                {
                  nodeId: e.moment === 'enter' ? e.taskNodeId! : e.nodeId,
                  moment: e.moment,
                  ...(e.templateId ? { templateId: e.templateId } : {}),
                },
              ]
            : [],
        );
      // Known difference: a record trigger's reminder is a second run in Stroomlijn (the scheduler starts it when the
      // reminder is due and the trigger still holds), a second pass through the steps in the BPMN instance.
      const start = source.graph.nodes.find((n) => n.kind === 'start');
      const reminded =
        starts && start?.kind === 'start' && start.trigger.type === 'record' && start.trigger.reminder !== undefined;
      const again = reminded ? runInStroomlijn(source, fields, actions, timers) : undefined;
      const messages = [...messagesOf(ours.effects), ...(again ? messagesOf(again.effects) : [])];
      expect(bpmn.messages).toEqual(messages);
      expect(bpmn.entered).toEqual(enteredUserTasks(ours.state));
      expect(bpmn.reassigned).toEqual(
        ours.state.history.filter((h) => h.kind === 'reassigned').map((h) => `${h.nodeId}: ${h.detail}`),
      );
      const ended = [ours, ...(again ? [again] : [])].flatMap((run) =>
        run.state.history.filter((h) => h.kind === 'completed').map((h) => h.nodeId),
      );
      expect(bpmn.ended).toEqual(ended);
      expect(bpmn.status).toEqual(ours.state.itemStatus);
      expect(bpmn.branches).toEqual(ours.state.history.filter((h) => h.kind === 'branch').map((h) => h.detail));
      // The trigger's delay is a timer in BPMN too; only wait steps are compared.
      const waits = new Set(source.graph.nodes.filter((n) => n.kind === 'wait').map((n) => n.id));
      expect(bpmn.waited.filter((id) => waits.has(id))).toEqual(
        ours.state.history.filter((h) => h.kind === 'resumed').map((h) => h.nodeId),
      );
    });
  }

  it('runs an escalation in both: the reminder, the manager told, the task reassigned; “Verlopen” ends the task it expires', async () => {
    const { xml } = await toBpmn(escalating(), { platformVersion: '8.8' });
    const waiting = await runInBpmnEngine(xml, { due: '2026-11-30' }, [], new Set(), true);
    expect(waiting.messages).toEqual([
      { nodeId: 't1', moment: 'enter', templateId: 'tpl-herinnering' },
      { nodeId: 't1', moment: 'notify', templateId: 'tpl-manager' },
    ]);
    expect(waiting.reassigned).toEqual(['t1: u-1, u-2']);
    const expired = await runInBpmnEngine(xml, { due: '2026-11-30' }, ['ok'], new Set(), true);
    expect([expired.ended, expired.status]).toEqual([['e2'], 'verlopen']);
    expect(runInStroomlijn(escalating(), { due: '2026-11-30' }, ['ok'], true).state.itemStatus).toBe('verlopen');
  });
});
