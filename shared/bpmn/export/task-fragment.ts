import type { ModdleElement } from 'bpmn-moddle';
import type { NodeOf } from '../../model/workflow-nodes';
import { conditionToFeel, feelString, isAlways } from '../feel';
import { atLeast } from '../platform';
import type { BpmnBuilder } from './bpmn-builder';
import { escalationBoundaries } from './escalation-boundaries';
import type { Exit, Fragment } from './fragment';
import { userTaskExtensions } from './user-task-extensions';

/**
 * A task: its message on entry, a gateway for the automatic actions that fire on entry, its user task
 * (unless an action always fires at once), a gateway for its manual actions, conditional boundary events
 * for automatic actions while it waits (8.9), and its escalation. Each action's edge leaves where it routes.
 */
export function taskFragment(b: BpmnBuilder, task: NodeOf<'task'>): Fragment {
  const actions = b.index.actionsOf(task.id);
  const automatic = actions.filter((a) => a.mode === 'automatic');
  const manual = actions.filter((a) => a.mode === 'manual');
  const routes = new Map<string, Exit[]>();
  const route = (actionId: string, exit: Exit) => routes.set(actionId, [...(routes.get(actionId) ?? []), exit]);
  let entry: ModdleElement | undefined;
  let last: ModdleElement | undefined;
  const chain = (el: ModdleElement) => {
    if (last) b.flow(last, el);
    entry ??= el;
    last = el;
  };
  const messaged = Boolean(task.message?.enabled);
  // The task's message names who the task is for: the worker resolves "the task's users" from it,
  // also when the task has no user task of its own (an info task).
  if (task.message?.enabled)
    chain(
      b.settingMessage(task, task.message, 'enter', task.title, task.id, {
        taskTitle: task.title,
        destinations: JSON.stringify(task.destinations),
        ...(task.infoTask ? { infoTask: 'true' } : {}),
      }),
    );
  // On entry: the automatic actions in order, up to the first that always fires; an info task with
  // its message goes straight on through its first action.
  const onEntry: { action: NodeOf<'action'>; condition?: string }[] = [];
  let straightOn: NodeOf<'action'> | undefined;
  for (const a of automatic) {
    if (isAlways(a.condition)) {
      straightOn = a;
      break;
    }
    onEntry.push({ action: a, condition: conditionToFeel(a.condition) });
  }
  if (!straightOn && task.infoTask && messaged && actions[0]) straightOn = actions[0];
  const needsUserTask = !straightOn;
  let userTask: ModdleElement | undefined;
  if (needsUserTask)
    userTask = b.make(
      'bpmn:UserTask',
      b.ids.make('UserTask', task.id),
      { name: task.title },
      userTaskExtensions(b, task),
    );
  const target = userTask ?? null;
  if (onEntry.length) {
    const g = b.make('bpmn:ExclusiveGateway', b.ids.make('Gateway', `${task.id}_onEntry`), { name: 'Automatic?' });
    chain(g);
    for (const { action, condition } of onEntry) route(action.id, { from: g, ...(condition ? { condition } : {}) });
    if (target) b.flow(g, target, { isDefault: true });
    else route(straightOn!.id, { from: g, isDefault: true });
  } else if (target) chain(target);
  else if (straightOn && last) route(straightOn.id, { from: last });
  if (!entry) {
    // Nothing of its own: an automatic action that always fires, without a message. A none event keeps the step visible.
    const passing = b.make('bpmn:IntermediateThrowEvent', b.ids.make('Event', task.id), { name: task.title });
    entry = passing;
    route(straightOn!.id, { from: passing });
  }
  if (userTask) {
    if (manual.length === 1) route(manual[0]!.id, { from: userTask });
    else if (manual.length > 1) {
      const g = b.make('bpmn:ExclusiveGateway', b.ids.make('Gateway', `${task.id}_action`), { name: 'Action' });
      b.flow(userTask, g);
      for (const a of manual) route(a.id, { from: g, condition: `action = ${feelString(a.id)}` });
    }
    for (const { action, condition } of onEntry) {
      if (!atLeast(b.version, '8.9')) {
        b.warnings.push({ code: 'automaticOnChange', nodeId: action.id, name: action.label, needs: '8.9' });
        continue;
      }
      const boundary = b.make('bpmn:BoundaryEvent', b.ids.make('BoundaryEvent', action.id), {
        name: action.label,
        attachedToRef: userTask,
        cancelActivity: true,
        eventDefinitions: [
          b.moddle.create('bpmn:ConditionalEventDefinition', {
            id: b.ids.make('ConditionalEventDefinition', action.id),
            condition: b.expression(`=${condition ?? 'true'}`),
          }),
        ],
      });
      boundary.set('outgoing', []);
      route(action.id, { from: boundary });
    }
    if (manual.length === 0 && onEntry.length && !atLeast(b.version, '8.9')) {
      // Before 8.9 the task cannot wait for the field change: completing it takes the first automatic action.
      route(onEntry[0]!.action.id, { from: userTask });
    }
    if (task.escalation && task.deadline)
      escalationBoundaries(b, task, task.escalation, task.deadline, userTask, route);
  }
  return { entry, exits: (edge) => routes.get(edge.target) ?? (userTask ? [{ from: userTask }] : []) };
}
