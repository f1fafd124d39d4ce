import { assertNever } from '../assert-never';
import type { WorkflowGraph } from '../model/workflow';
import type { OfficeCalendar } from '../calendar/office-calendar';
import { type EscalationStep, planAfter, type NodeOf, type WorkflowNode } from '../model/workflow-nodes';
import { DEFAULT_BRANCH, GraphIndex } from '../workflow/graph';
import { conditionHolds, type Fields } from './conditions';
import {
  type ActedVia,
  EngineError,
  type EngineEffect,
  type EngineEvent,
  type ItemState,
  type StepResult,
} from './types';

/** More node visits than this in one step means a loop without a task or wait: stop the item. */
const RUNAWAY = 1000;

/**
 * A copy of the state that `step` may change without touching `s`: every array and object that a
 * step changes (fields, tasks and each task, waits, reactions, history) is new; what it only reads
 * (history entries, field values, a task's dates) is shared. It keeps every field `s` has, those
 * the engine does not know of too (a stored record's number, subject…): the runtime's new record is
 * this copy.
 */
const copyOf = (s: ItemState): ItemState => ({
  ...s,
  fields: { ...s.fields },
  tasks: s.tasks.map((t) => ({ ...t })),
  waits: [...s.waits],
  reactions: [...s.reactions],
  history: [...s.history],
});

/**
 * The workflow engine as a pure function: the item's state, one event, the graph of the version
 * the item runs on, and the time → the new state and the effects to carry out. No I/O, no clock,
 * no randomness: the same inputs always give the same result.
 */
export function step(
  previous: ItemState | null,
  event: EngineEvent,
  graph: WorkflowGraph,
  now: string,
  calendar?: OfficeCalendar,
): StepResult {
  const index = GraphIndex.of(graph);
  let state: ItemState;
  if (event.type === 'submit') {
    if (previous) throw new EngineError('alreadySubmitted', `item ${event.item.id} was already submitted`);
    // The engine's keys first and the item spread into them, not the other way round: Node 20's
    // V8 adds a key to an object made by a spread slowly (about 1 µs a key; its shape is a copy
    // without transitions), and this runs on every submit (issue 17, engine throughput).
    state = {
      status: 'running',
      tasks: [],
      waits: [],
      reactions: [],
      history: [],
      seq: 0,
      ...event.item,
      fields: { ...event.item.fields },
    };
  } else {
    if (!previous) throw new EngineError('notRunning', 'this item was never submitted');
    if (previous.status !== 'running') throw new EngineError('notRunning', `this item is ${previous.status}`);
    state = copyOf(previous);
  }
  state.seq += 1;
  const effects: EngineEffect[] = [];
  const key = () => `${state.id}:${state.seq}:${effects.length}`;
  const log = (
    kind: ItemState['history'][number]['kind'],
    extra: Omit<ItemState['history'][number], 'at' | 'kind'> = {},
  ) => state.history.push({ at: now, kind, ...extra });
  let visits = 0;

  const node = (id: string): WorkflowNode => {
    const found = index.byId.get(id);
    if (!found) throw new EngineError('unknownNode', `the workflow has no step ${id}`);
    return found;
  };
  const next = (from: WorkflowNode, handle?: string) => {
    const edge = index.outgoing(from.id).find((e) => (handle === undefined ? true : e.sourceHandle === handle));
    if (edge) enter(node(edge.target));
  };

  function fire(action: NodeOf<'action'>, by: { userId?: string; automatic: boolean; via?: ActedVia }) {
    const task = index.taskOf(action.id);
    state.tasks = state.tasks.filter((t) => t.nodeId !== task?.id);
    log(by.automatic ? 'automatic' : 'acted', {
      nodeId: action.id,
      ...(by.userId ? { userId: by.userId } : {}),
      ...(by.via ? { via: by.via } : {}),
    });
    if (action.message?.enabled) {
      effects.push({
        type: 'queueMessage',
        key: key(),
        nodeId: action.id,
        moment: 'action',
        templateId: action.message.templateId,
        addressees: [action.message.addressee],
        ...(action.message.channel ? { channel: action.message.channel } : {}),
        ...(task ? { taskNodeId: task.id } : {}),
      });
    }
    for (const effect of action.effects) {
      if (effect.type === 'setStatus') state.itemStatus = effect.status;
      else state.fields[effect.field] = effect.value;
    }
    next(action);
  }

  /** The escalation's second step, once: tell the manager, hand the task to others, or take an action of the task. */
  function escalate(def: NodeOf<'task'>, task: ItemState['tasks'][number], then: EscalationStep) {
    switch (then.type) {
      case 'notifyManager':
        effects.push({
          type: 'queueMessage',
          key: key(),
          nodeId: task.nodeId,
          moment: 'notify',
          ...(then.templateId ? { templateId: then.templateId } : {}),
          addressees: [{ type: 'taskManager' }],
          taskNodeId: task.nodeId,
        });
        return;
      case 'reassign':
        if (!then.userIds.length) return;
        task.assignees = [...then.userIds];
        log('reassigned', { nodeId: task.nodeId, detail: then.userIds.join(', ') });
        return;
      case 'action': {
        const action = index.actionsOf(def.id).find((a) => a.id === then.actionNodeId);
        if (action) fire(action, { automatic: true });
        return;
      }
      default: {
        const never: never = then;
        throw new EngineError('unknownNode', `unknown escalation ${String(never)}`);
      }
    }
  }

  /** Fire the first automatic action of an active task whose condition holds. */
  function tryAutomatic(task: NodeOf<'task'>, before?: Fields): boolean {
    const automatic = index
      .actionsOf(task.id)
      .find((a) => a.mode === 'automatic' && conditionHolds(a.condition, state.fields, before));
    if (!automatic) return false;
    fire(automatic, { automatic: true });
    return true;
  }

  function enter(target: WorkflowNode) {
    if (state.status !== 'running') return;
    if (++visits > RUNAWAY) {
      state.status = 'error';
      state.error = `stopped after ${RUNAWAY} steps without a task or wait: the workflow loops`;
      log('error', { nodeId: target.id, detail: state.error });
      return;
    }
    switch (target.kind) {
      case 'start':
        if (target.message?.enabled)
          effects.push({
            type: 'queueMessage',
            key: key(),
            nodeId: target.id,
            moment: 'start',
            templateId: target.message.templateId,
            addressees: [target.message.addressee],
            ...(target.message.channel ? { channel: target.message.channel } : {}),
          });
        next(target);
        return;
      case 'task': {
        if (state.tasks.some((t) => t.nodeId === target.id)) return;
        const planned = target.deadline?.type === 'after' ? planAfter(now, target.deadline, calendar) : undefined;
        const due = planned
          ? planned.at
          : target.deadline?.type === 'dateField'
            ? toIso(state.fields[target.deadline.field])
            : undefined;
        state.tasks.push({
          nodeId: target.id,
          enteredAt: now,
          ...(due ? { dueAt: due } : {}),
          ...(planned?.movedBy ? { dueMovedBy: planned.movedBy } : {}),
        });
        log('entered', { nodeId: target.id });
        if (due) effects.push({ type: 'scheduleTimer', key: key(), nodeId: target.id, at: due });
        const messaged = Boolean(target.message?.enabled);
        if (messaged)
          effects.push({
            type: 'queueMessage',
            key: key(),
            nodeId: target.id,
            moment: 'enter',
            templateId: target.message!.templateId,
            addressees: [target.message!.addressee],
            ...(target.message!.channel ? { channel: target.message!.channel } : {}),
            taskNodeId: target.id,
          });
        if (tryAutomatic(target)) return;
        // An info task completes itself once its message is queued.
        const first = index.actionsOf(target.id)[0];
        if (target.infoTask && messaged && first) fire(first, { automatic: true });
        return;
      }
      case 'action':
        fire(target, { automatic: true });
        return;
      case 'condition': {
        const branch = target.branches.find((b) => conditionHolds(b.condition, state.fields));
        log('branch', { nodeId: target.id, detail: branch?.label ?? DEFAULT_BRANCH });
        next(target, branch?.id ?? DEFAULT_BRANCH);
        return;
      }
      case 'notify':
        effects.push({
          type: 'queueMessage',
          key: key(),
          nodeId: target.id,
          moment: 'notify',
          templateId: target.templateId,
          addressees: target.to,
          channel: target.channel,
        });
        next(target);
        return;
      case 'createTask':
        effects.push({
          type: 'createTask',
          key: key(),
          nodeId: target.id,
          title: target.title,
          ...(target.taskType ? { taskType: target.taskType } : {}),
          ...(target.assigneeUserId ? { assigneeUserId: target.assigneeUserId } : {}),
          ...(target.dueInDays !== undefined ? { dueInDays: target.dueInDays } : {}),
          ...(target.dueUnit ? { dueUnit: target.dueUnit } : {}),
        });
        next(target);
        return;
      case 'webhook':
        effects.push({
          type: 'callWebhook',
          key: key(),
          nodeId: target.id,
          method: target.method,
          url: target.url,
          ...(target.bodyTemplate ? { bodyTemplate: target.bodyTemplate } : {}),
          ...(target.headers && Object.keys(target.headers).length ? { headers: target.headers } : {}),
          ...(target.timeoutSeconds !== undefined ? { timeoutSeconds: target.timeoutSeconds } : {}),
          ...(target.retries !== undefined ? { retries: target.retries } : {}),
        });
        next(target);
        return;
      case 'setField':
        if (target.field === 'status') state.itemStatus = String(target.value);
        else state.fields[target.field] = target.value;
        next(target);
        return;
      case 'wait': {
        const planned =
          target.until.type === 'duration'
            ? planAfter(now, target.until, calendar)
            : { at: toIso(state.fields[target.until.field]) ?? now };
        const until = planned.at;
        state.waits.push({ nodeId: target.id, until, ...(planned.movedBy ? { movedBy: planned.movedBy } : {}) });
        log('waiting', { nodeId: target.id, detail: until });
        effects.push({ type: 'scheduleTimer', key: key(), nodeId: target.id, at: until });
        return;
      }
      case 'end':
        state.status = 'completed';
        state.tasks = [];
        state.waits = [];
        log('completed', { nodeId: target.id });
        effects.push({ type: 'itemCompleted', key: key() });
        return;
      default:
        assertNever(target);
    }
  }

  switch (event.type) {
    case 'submit': {
      log('submitted', { ...(event.item.submitterUserId ? { userId: event.item.submitterUserId } : {}) });
      const start = graph.nodes.find((n) => n.kind === 'start');
      if (!start) throw new EngineError('unknownNode', 'the workflow has no start');
      enter(start);
      break;
    }
    case 'act': {
      const action = node(event.actionNodeId);
      const task = action.kind === 'action' ? index.taskOf(action.id) : undefined;
      if (action.kind !== 'action' || !task || !state.tasks.some((t) => t.nodeId === task.id)) {
        throw new EngineError(
          'notActive',
          `“${action.kind === 'action' ? action.label : action.id}” is not an action of a task this item is in`,
        );
      }
      if (task.reactionRequired && !event.reaction?.text.trim())
        throw new EngineError('reactionRequired', `“${task.title}” needs a reaction`, { name: task.title });
      if (event.reaction?.text.trim())
        state.reactions.push({
          at: now,
          userId: event.userId,
          text: event.reaction.text,
          external: event.reaction.external,
          taskNodeId: task.id,
        });
      if (event.fields && Object.keys(event.fields).length) {
        Object.assign(state.fields, event.fields);
        const detail = Object.keys(event.fields).join(', ');
        log('fieldsChanged', { nodeId: task.id, userId: event.userId, detail });
      }
      fire(action, { userId: event.userId, automatic: false, ...(event.via ? { via: event.via } : {}) });
      break;
    }
    case 'updateFields': {
      const before = { ...state.fields };
      Object.assign(state.fields, event.fields);
      log('fieldsChanged', {
        ...(event.userId ? { userId: event.userId } : {}),
        detail: Object.keys(event.fields).join(', '),
      });
      for (const active of [...state.tasks]) {
        const task = node(active.nodeId);
        if (task.kind === 'task' && state.tasks.some((t) => t.nodeId === task.id)) tryAutomatic(task, before);
      }
      break;
    }
    case 'reassign': {
      const task = state.tasks.find((t) => t.nodeId === event.taskNodeId);
      if (!task) throw new EngineError('notActive', 'the item is not in that task');
      task.assignees = [...event.userIds];
      log('reassigned', { nodeId: task.nodeId, userId: event.userId, detail: event.userIds.join(', ') });
      break;
    }
    case 'moveTo': {
      const target = node(event.taskNodeId);
      if (target.kind !== 'task') throw new EngineError('unknownNode', 'an item can only be moved to a task');
      state.tasks = [];
      state.waits = [];
      log('moved', { nodeId: target.id, userId: event.userId });
      enter(target);
      break;
    }
    case 'cancel':
      state.status = 'cancelled';
      state.tasks = [];
      state.waits = [];
      log('cancelled', { userId: event.userId, ...(event.reason ? { detail: event.reason } : {}) });
      break;
    case 'timer': {
      // A timer names only its step, so one left from an earlier visit (a task acted on before its
      // deadline, then entered again) may fire early: it acts only on what is due by now.
      const due = (at: string | undefined) => at !== undefined && Date.parse(at) <= Date.parse(now);
      const wait = state.waits.find((w) => w.nodeId === event.nodeId && due(w.until));
      if (wait) {
        state.waits = state.waits.filter((w) => w !== wait);
        log('resumed', { nodeId: wait.nodeId });
        next(node(wait.nodeId));
        break;
      }
      const task = state.tasks.find((t) => t.nodeId === event.nodeId);
      if (task && !task.overdue && due(task.dueAt)) {
        task.overdue = true;
        log('overdue', { nodeId: task.nodeId });
        const def = node(task.nodeId);
        const escalation = def.kind === 'task' ? def.escalation : undefined;
        if (escalation) {
          if (escalation.remindTemplateId)
            effects.push({
              type: 'queueMessage',
              key: key(),
              nodeId: task.nodeId,
              moment: 'enter',
              templateId: escalation.remindTemplateId,
              addressees: [{ type: 'taskUsers' }],
              taskNodeId: task.nodeId,
            });
          const planned = planAfter(now, escalation.after, calendar);
          task.escalateAt = planned.at;
          effects.push({ type: 'scheduleTimer', key: key(), nodeId: task.nodeId, at: planned.at });
        }
      } else if (task && task.overdue && !task.escalated && due(task.escalateAt)) {
        const def = node(task.nodeId);
        if (def.kind === 'task' && def.escalation) {
          task.escalated = true;
          log('escalated', { nodeId: task.nodeId, detail: def.escalation.then.map((s) => s.type).join(', ') });
          // An action ends the task: what follows it would act on a task that is gone.
          for (const then of def.escalation.then) if (state.tasks.includes(task)) escalate(def, task, then);
        }
      }
      break;
    }
    default:
      assertNever(event, 'event');
  }
  // A step that loops runs away with its effects too (a message per round): none is carried out.
  if (state.status === 'error') return { state, effects: [] };
  return { state, effects };
}

function toIso(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) return undefined;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
