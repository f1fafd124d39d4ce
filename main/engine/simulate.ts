import { officeCalendarOf } from '../calendar/office-calendar';
import { ApiError } from '@shared/api/errors';
import type {
  SimulatedEffect,
  SimulatedMessage,
  SimulationEvent,
  SimulationItem,
  SimulationResult,
  SimulationStep,
} from '@shared/api/simulate-contract';
import { EngineError, type EngineEffect, type EngineEvent, type ItemState, step } from '@shared/engine';
import type { ItemRecord } from '@shared/model/item';
import type { WorkflowGraph } from '@shared/model/workflow';
import { renderEffect } from './effect-messages';
import type { MessageWorld } from './message-world';
import { exampleActions } from '@shared/mail-actions/example-actions';
import { partInTaskOf, taskViews } from './task-views';
import { workflowById } from '@shared/workflow/queries';

export interface SimulationInput {
  workflowId: string;
  graph: WorkflowGraph;
  item: SimulationItem;
  events: SimulationEvent[];
  startAt: string;
}

const SIMULATED_ID = 'simulation';

/** The timers that could fire next: waits, and deadlines of open tasks not yet overdue. */
const pendingTimers = (state: ItemState): SimulationResult['timers'] => [
  ...state.waits.map((w) => ({
    nodeId: w.nodeId,
    kind: 'wait' as const,
    at: w.until,
    ...(w.movedBy ? { movedBy: w.movedBy } : {}),
  })),
  ...state.tasks.flatMap((t) =>
    t.dueAt && !t.overdue
      ? [
          {
            nodeId: t.nodeId,
            kind: 'deadline' as const,
            at: t.dueAt,
            ...(t.dueMovedBy ? { movedBy: t.dueMovedBy } : {}),
          },
        ]
      : [],
  ),
  ...state.tasks.flatMap((t) =>
    t.escalateAt && t.overdue && !t.escalated
      ? [{ nodeId: t.nodeId, kind: 'escalation' as const, at: t.escalateAt }]
      : [],
  ),
];

/**
 * Runs a workflow draft with the same engine the runtime uses, on an existing item's data or a
 * sample, replaying the chosen events from a fixed start time: the same input always gives the same
 * steps. Each step lists the messages it would queue, rendered for each resolved recipient, and the
 * other effects. Nothing is sent, scheduled or written; a refused event is an error on its step.
 */
export async function simulate(
  running: MessageWorld,
  input: SimulationInput,
  existing: (id: string) => ItemRecord | Promise<ItemRecord>,
): Promise<SimulationResult> {
  const world = withExampleActions(running);
  const { db } = world;
  const source = input.item.kind === 'existing' ? await existing(input.item.itemId) : undefined;
  const workflow = workflowById(db.workflows, input.workflowId);
  if (!workflow) throw ApiError.because('not_found', 'notFound', { thing: 'workflow', id: input.workflowId });
  const sample = input.item.kind === 'sample' ? input.item : undefined;
  const item = {
    number: source?.number ?? 'SIM-0001',
    subject: source?.subject ?? sample!.subject,
    itemTypeId: source?.itemTypeId ?? sample?.itemTypeId ?? workflow.itemTypeId,
    submitterUserId: source?.submitterUserId ?? sample?.submitterUserId,
    fields: { ...(source?.fields ?? sample?.fields ?? {}) },
  };
  let now = input.startAt;
  let state: ItemState | null = null;
  const steps: SimulationStep[] = [];
  const start = input.graph.nodes.find((n) => n.kind === 'start');
  const entity = start?.kind === 'start' && start.trigger.type === 'record' ? start.trigger.entity : undefined;
  // A run of a record-triggered workflow knows its record's title and entity, as a real run does
  // (its messages read Record.*).
  const runFields = (fields: ItemState['fields']) => (entity ? { title: item.subject, entity, ...fields } : fields);
  const record = (s: ItemState): ItemRecord => {
    const shown = { number: item.number, subject: item.subject, createdAt: input.startAt, updatedAt: now };
    return { ...s, fields: runFields(s.fields), ...shown };
  };

  const run = (event: EngineEvent, shown: SimulationStep['event']) => {
    let error: string | undefined;
    let effects: EngineEffect[] = [];
    const before = state?.history.length ?? 0;
    try {
      if (event.type === 'timer') {
        const timer = state && pendingTimers(state).find((t) => t.nodeId === event.nodeId);
        if (!timer) throw new EngineError('notActive', 'no timer of that step is pending');
        if (timer.at > now) now = timer.at;
      }
      if (event.type === 'act' && state) {
        // As in the runtime: only the task's users and the workflow's task manager may act.
        const part = partInTaskOf(db, record(state), event.actionNodeId, event.userId, input.graph);
        if (part && !part.mine && !part.manager)
          throw new EngineError(
            'notActive',
            'This task is not theirs: only its users and the task manager may act on it.',
          );
      }
      const result = step(state, event, input.graph, now, officeCalendarOf(db.settings.officeCalendar));
      state = result.state;
      effects = result.effects;
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      error = e.message;
    }
    const current = state as ItemState | null;
    steps.push({
      at: now,
      event: shown,
      ...(error ? { error } : {}),
      status: current?.status ?? 'error',
      ...(current?.itemStatus ? { itemStatus: current.itemStatus } : {}),
      nodeIds: current ? [...current.tasks.map((t) => t.nodeId), ...current.waits.map((w) => w.nodeId)] : [],
      history: current ? current.history.slice(before) : [],
      messages: current
        ? effects.flatMap((e) => (e.type === 'queueMessage' ? [message(world, record(current), e, input.graph)] : []))
        : [],
      effects: effects.flatMap((e) => (e.type === 'queueMessage' ? [] : [otherEffect(e)])),
    });
  };

  run(
    {
      type: 'submit',
      item: {
        id: SIMULATED_ID,
        workflowId: workflow.id,
        version: 0,
        ...(item.itemTypeId ? { itemTypeId: item.itemTypeId } : {}),
        ...(item.submitterUserId ? { submitterUserId: item.submitterUserId } : {}),
        fields: item.fields,
      },
    },
    { type: 'submit' },
  );
  for (const event of input.events) run(event, event);

  const final = state as ItemState | null;
  const users = (ids: string[]) =>
    ids.map((id) => ({ id, name: db.directory.users.find((u) => u.id === id)?.name ?? id }));
  return {
    item,
    steps,
    status: final?.status ?? 'error',
    ...(final?.itemStatus ? { itemStatus: final.itemStatus } : {}),
    ...(final?.error ? { error: final.error } : !final ? { error: steps[0]?.error } : {}),
    fields: final?.fields ?? item.fields,
    now,
    tasks:
      final && final.status === 'running'
        ? taskViews(db, record(final), undefined, input.graph).map(({ userIds, ...view }) => ({
            ...view,
            users: users(userIds),
          }))
        : [],
    timers: final && final.status === 'running' ? pendingTimers(final) : [],
  };
}

function message(
  world: MessageWorld,
  item: ItemRecord,
  effect: Extract<EngineEffect, { type: 'queueMessage' }>,
  graph: WorkflowGraph,
): SimulatedMessage {
  const { template, channel, drafts, problem } = renderEffect(world, item, effect, graph);
  return {
    nodeId: effect.nodeId,
    moment: effect.moment,
    ...(effect.templateId ? { templateId: effect.templateId } : {}),
    ...(template ? { templateName: template.name } : {}),
    ...(channel ? { channel } : {}),
    mails: drafts.map((d) => ({
      language: d.language,
      subject: d.subject,
      to: d.to,
      ...(d.skipReason ? { skipReason: d.skipReason } : {}),
    })),
    ...(problem ? { problem } : {}),
  };
}

function otherEffect(effect: Exclude<EngineEffect, { type: 'queueMessage' }>): SimulatedEffect {
  const { key: _key, ...rest } = effect;
  return rest;
}

/**
 * The world a simulation renders in: a simulated task mail shows its task's actions as buttons that
 * lead nowhere, as the preview does, never signed links for an item that does not exist.
 */
function withExampleActions(world: MessageWorld): MessageWorld {
  return {
    get db() {
      return world.db;
    },
    recordOf: (id) => world.recordOf(id),
    taskMail: (_binding, offered, language) => ({
      actions: exampleActions(
        language,
        offered.map((a) => a.label),
      ),
    }),
  };
}
