import { describe, expect, it } from 'vitest';
import { EngineError, type ItemState, step } from '@shared/engine';
import type { WorkflowGraph } from '@shared/model';
import { waitingGraph } from '../helpers/wait-workflow';
import { sampleDb } from './workflow/fixtures';

const graphOf = (id: string) => (id === WAITING ? waitingGraph() : sampleDb.workflows.find((w) => w.id === id)!.draft);
const WAITING = 'wf-waiting';
const T0 = '2026-11-23T09:00:00.000Z';
const submit = (workflowId: string, fields: Record<string, unknown> = {}) =>
  step(
    null,
    { type: 'submit', item: { id: 'item-1', workflowId, version: 1, submitterUserId: 'user-eva', fields } },
    graphOf(workflowId),
    T0,
  );
const active = (s: ItemState) => s.tasks.map((t) => t.nodeId);

describe('engine: Infomail instuurder (seed 000)', () => {
  it('mails the submitter on entering the info task, which completes itself, and waits at the next task', () => {
    const { state, effects } = submit('wf-infomail');
    expect(effects).toEqual([
      {
        type: 'queueMessage',
        key: 'item-1:1:0',
        nodeId: 't1',
        moment: 'enter',
        templateId: 'tpl-instuurder',
        addressees: [{ type: 'taskUsers' }],
        taskNodeId: 't1',
      },
    ]);
    expect(active(state)).toEqual(['t2']);
    expect(state.history.map((h) => h.kind)).toEqual(['submitted', 'entered', 'automatic', 'entered']);
  });

  it('finishes when the payroll clerk acts, setting the status', () => {
    const { state } = submit('wf-infomail');
    const done = step(state, { type: 'act', actionNodeId: 'a2', userId: 'user-anna' }, graphOf('wf-infomail'), T0);
    expect(done.state).toMatchObject({ status: 'completed', itemStatus: 'Verwerkt', tasks: [] });
    expect(done.effects).toEqual([{ type: 'itemCompleted', key: 'item-1:2:0' }]);
  });
});

describe('engine: Accorderingsbericht (seed 002)', () => {
  it('requires a reaction to reject; rejecting sets the status, mails the submitter and asks for their reaction', () => {
    const { state } = submit('wf-accordering');
    expect(active(state)).toEqual(['t1']);
    expect(state.tasks[0]!.dueAt).toBe('2026-11-25T09:00:00.000Z');
    expect(() =>
      step(state, { type: 'act', actionNodeId: 'a2', userId: 'user-bram' }, graphOf('wf-accordering'), T0),
    ).toThrow(EngineError);
    const rejected = step(
      state,
      {
        type: 'act',
        actionNodeId: 'a2',
        userId: 'user-bram',
        reaction: { text: 'Periode klopt niet', external: true },
      },
      graphOf('wf-accordering'),
      T0,
    );
    expect(rejected.state.itemStatus).toBe('rejected');
    expect(active(rejected.state)).toEqual(['t2']);
    expect(rejected.effects[0]).toMatchObject({
      type: 'queueMessage',
      moment: 'action',
      templateId: 'tpl-afgekeurd',
      addressees: [{ type: 'submitter' }],
    });
    expect(rejected.state.reactions).toEqual([
      { at: T0, userId: 'user-bram', text: 'Periode klopt niet', external: true, taskNodeId: 't1' },
    ]);
    const again = step(
      rejected.state,
      { type: 'act', actionNodeId: 'a3', userId: 'user-eva' },
      graphOf('wf-accordering'),
      T0,
    );
    expect(active(again.state)).toEqual(['t1']);
    const approved = step(
      again.state,
      { type: 'act', actionNodeId: 'a1', userId: 'user-chantal', reaction: { text: 'Akkoord', external: false } },
      graphOf('wf-accordering'),
      T0,
    );
    expect(approved.state).toMatchObject({ status: 'completed', itemStatus: 'approved' });
  });

  it('refuses an action of a task the item is not in, and marks a task overdue on its deadline', () => {
    const { state } = submit('wf-accordering');
    expect(() =>
      step(state, { type: 'act', actionNodeId: 'a3', userId: 'user-eva' }, graphOf('wf-accordering'), T0),
    ).toThrow(/not an action of a task this item is in/);
    const late = step(state, { type: 'timer', nodeId: 't1' }, graphOf('wf-accordering'), '2026-11-25T09:00:00.000Z');
    expect(late.state.tasks[0]!.overdue).toBe(true);
  });
});

describe('engine: waits until a date field, then for a duration', () => {
  it('mails the responsible, waits until the due date, then mails once that the task expired', () => {
    const { state, effects } = submit(WAITING, {
      type: 'Bellen',
      status: 'Open',
      dueDate: '2026-11-27T12:00:00Z',
      responsible: 'user-bram',
    });
    expect(effects.map((e) => e.type)).toEqual(['queueMessage', 'scheduleTimer']);
    expect(effects[1]).toMatchObject({ nodeId: 'w1', at: '2026-11-27T12:00:00.000Z' });
    const due = step(state, { type: 'timer', nodeId: 'w1' }, graphOf(WAITING), '2026-11-27T12:00:00.000Z');
    expect(due.effects).toEqual([
      {
        type: 'queueMessage',
        key: 'item-1:2:0',
        nodeId: 'n2',
        moment: 'notify',
        templateId: 'tpl-bellen-verlopen',
        addressees: [{ type: 'userField', field: 'responsible' }],
        channel: 'email',
      },
      { type: 'itemCompleted', key: 'item-1:2:1' },
    ]);
  });

  it('mails the contact 3 days after completion when the task was completed in time', () => {
    const { state } = submit(WAITING, { type: 'Bellen', status: 'Afgehandeld', dueDate: '2026-11-27T12:00:00Z' });
    const due = step(state, { type: 'timer', nodeId: 'w1' }, graphOf(WAITING), '2026-11-27T12:00:00.000Z');
    expect(due.effects).toEqual([
      { type: 'scheduleTimer', key: 'item-1:2:0', nodeId: 'w2', at: '2026-11-30T12:00:00.000Z' },
    ]);
    const later = step(due.state, { type: 'timer', nodeId: 'w2' }, graphOf(WAITING), '2026-11-30T12:00:00.000Z');
    expect(later.effects[0]).toMatchObject({
      type: 'queueMessage',
      templateId: 'tpl-bellen-afgehandeld',
      addressees: [{ type: 'contactField', field: 'contact' }],
    });
    expect(later.state.status).toBe('completed');
  });
});

describe('engine rules', () => {
  const at = { x: 0, y: 0 };
  it('fires an automatic action when a field change makes its condition hold', () => {
    const graph: WorkflowGraph = {
      nodes: [
        { id: 's', kind: 'start', position: at, trigger: { type: 'itemSubmitted' } },
        {
          id: 't',
          kind: 'task',
          position: at,
          title: 'Wachten op betaling',
          destinations: [],
          reactionRequired: false,
          infoTask: false,
        },
        {
          id: 'a',
          kind: 'action',
          position: at,
          label: 'Betaald',
          role: 'complete',
          mode: 'automatic',
          condition: { join: 'and', rules: [{ field: 'paid', operator: 'changedTo', value: 'ja' }] },
          effects: [],
        },
        { id: 'e', kind: 'end', position: at },
      ],
      edges: [
        { id: '1', source: 's', target: 't' },
        { id: '2', source: 't', target: 'a' },
        { id: '3', source: 'a', target: 'e' },
      ],
    };
    const { state } = step(
      null,
      { type: 'submit', item: { id: 'i', workflowId: 'w', version: 1, fields: { paid: 'nee' } } },
      graph,
      T0,
    );
    expect(active(state)).toEqual(['t']);
    const paid = step(state, { type: 'updateFields', fields: { paid: 'ja' } }, graph, T0);
    expect(paid.state.status).toBe('completed');
  });

  it('stops a runaway item with an error instead of spinning', () => {
    const graph: WorkflowGraph = {
      nodes: [
        { id: 's', kind: 'start', position: at, trigger: { type: 'itemSubmitted' } },
        {
          id: 'c',
          kind: 'condition',
          position: at,
          title: 'Lus',
          branches: [{ id: 'b', label: 'Altijd', condition: { always: true } }],
        },
        { id: 'f', kind: 'setField', position: at, field: 'n', value: 1 },
      ],
      edges: [
        { id: '1', source: 's', target: 'c' },
        { id: '2', source: 'c', target: 'f', sourceHandle: 'b' },
        { id: '3', source: 'f', target: 'c' },
      ],
    };
    const { state } = step(
      null,
      { type: 'submit', item: { id: 'i', workflowId: 'w', version: 1, fields: {} } },
      graph,
      T0,
    );
    expect(state.status).toBe('error');
    expect(state.error).toMatch(/loops/);
  });

  it('carries out none of the effects of a step that runs away (no message per round)', () => {
    const graph: WorkflowGraph = {
      nodes: [
        { id: 's', kind: 'start', position: at, trigger: { type: 'itemSubmitted' } },
        {
          id: 't1',
          kind: 'task',
          position: at,
          title: 'Heen',
          destinations: [],
          reactionRequired: false,
          infoTask: false,
          message: { enabled: true, templateId: 'tpl-beoordelen', addressee: { type: 'taskUsers' } },
        },
        {
          id: 'a1',
          kind: 'action',
          position: at,
          label: 'Door',
          role: 'complete',
          mode: 'automatic',
          condition: { always: true },
          effects: [],
        },
        {
          id: 'n',
          kind: 'notify',
          position: at,
          channel: 'email',
          to: [{ type: 'submitter' }],
          templateId: 'tpl-instuurder',
        },
        {
          id: 't2',
          kind: 'task',
          position: at,
          title: 'Terug',
          destinations: [],
          deadline: { type: 'after', amount: 1, unit: 'days' },
          reactionRequired: false,
          infoTask: false,
        },
        {
          id: 'a2',
          kind: 'action',
          position: at,
          label: 'Weer',
          role: 'complete',
          mode: 'automatic',
          condition: { always: true },
          effects: [],
        },
      ],
      edges: [
        { id: '1', source: 's', target: 't1' },
        { id: '2', source: 't1', target: 'a1' },
        { id: '3', source: 'a1', target: 'n' },
        { id: '4', source: 'n', target: 't2' },
        { id: '5', source: 't2', target: 'a2' },
        { id: '6', source: 'a2', target: 't1' },
      ],
    };
    const { state, effects } = step(
      null,
      { type: 'submit', item: { id: 'i', workflowId: 'w', version: 1, fields: {} } },
      graph,
      T0,
    );
    expect(state).toMatchObject({ status: 'error', tasks: [], waits: [] });
    expect(effects).toEqual([]);
  });

  it('lets a timer left from an earlier visit of a task or wait pass without effect until its own is due', () => {
    const graph = graphOf('wf-accordering');
    const day = (n: number) => new Date(Date.parse(T0) + n * 86_400_000).toISOString();
    // Rejected and resubmitted a day in: the task's new deadline is day 3, its old timer still fires on day 2.
    const { state } = submit('wf-accordering');
    const rejected = step(
      state,
      { type: 'act', actionNodeId: 'a2', userId: 'user-bram', reaction: { text: 'Nee', external: false } },
      graph,
      day(1),
    );
    const again = step(rejected.state, { type: 'act', actionNodeId: 'a3', userId: 'user-eva' }, graph, day(1));
    expect(again.state.tasks).toEqual([{ nodeId: 't1', enteredAt: day(1), dueAt: day(3) }]);
    const stale = step(again.state, { type: 'timer', nodeId: 't1' }, graph, day(2));
    expect(stale.state.tasks[0]!.overdue).toBeUndefined();
    expect(stale.effects).toEqual([]);
    expect(step(stale.state, { type: 'timer', nodeId: 't1' }, graph, day(3)).state.tasks[0]!.overdue).toBe(true);

    // Moved out of a wait and back into it: the first wait's timer does not end the second.
    const waiting: WorkflowGraph = {
      nodes: [
        { id: 's', kind: 'start', position: at, trigger: { type: 'itemSubmitted' } },
        { id: 'w', kind: 'wait', position: at, until: { type: 'duration', amount: 1, unit: 'days' } },
        {
          id: 't',
          kind: 'task',
          position: at,
          title: 'Nakijken',
          destinations: [],
          reactionRequired: false,
          infoTask: false,
        },
        { id: 'a', kind: 'action', position: at, label: 'Nog een dag', role: 'complete', mode: 'manual', effects: [] },
      ],
      edges: [
        { id: '1', source: 's', target: 'w' },
        { id: '2', source: 'w', target: 't' },
        { id: '3', source: 't', target: 'a' },
        { id: '4', source: 'a', target: 'w' },
      ],
    };
    const first = step(
      null,
      { type: 'submit', item: { id: 'i', workflowId: 'w', version: 1, fields: {} } },
      waiting,
      T0,
    );
    const moved = step(first.state, { type: 'moveTo', taskNodeId: 't', userId: 'user-dirk' }, waiting, T0);
    const back = step(moved.state, { type: 'act', actionNodeId: 'a', userId: 'user-anna' }, waiting, day(0.5));
    expect(back.state.waits).toEqual([{ nodeId: 'w', until: day(1.5) }]);
    expect(step(back.state, { type: 'timer', nodeId: 'w' }, waiting, day(1)).state.waits).toEqual([
      { nodeId: 'w', until: day(1.5) },
    ]);
    expect(active(step(back.state, { type: 'timer', nodeId: 'w' }, waiting, day(1.5)).state)).toEqual(['t']);
  });

  it('is pure: the same inputs give the same output, and the old state is left alone', () => {
    const first = submit('wf-accordering');
    const copy = JSON.stringify(first.state);
    const a = step(
      first.state,
      { type: 'act', actionNodeId: 'a1', userId: 'u', reaction: { text: 'ok', external: false } },
      graphOf('wf-accordering'),
      T0,
    );
    const b = step(
      first.state,
      { type: 'act', actionNodeId: 'a1', userId: 'u', reaction: { text: 'ok', external: false } },
      graphOf('wf-accordering'),
      T0,
    );
    expect(a).toEqual(b);
    expect(JSON.stringify(first.state)).toBe(copy);
  });

  it('keeps the fields of a stored record it does not know of, in their order (the runtime stores the copy)', () => {
    const { id, ...submitted } = submit('wf-accordering').state;
    const stored = { id, number: 'D-2026-7', ...submitted, createdAt: T0 };
    const act = { type: 'act', actionNodeId: 'a1', userId: 'u', reaction: { text: 'ok', external: false } } as const;
    const { state } = step(stored, act, graphOf('wf-accordering'), T0);
    expect(state).not.toBe(stored);
    expect(state).toMatchObject({ number: 'D-2026-7', createdAt: T0, seq: stored.seq + 1 });
    expect(Object.keys(state).slice(0, 2)).toEqual(['id', 'number']);
  });
});
