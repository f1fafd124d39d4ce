import type { ModdleElement } from 'bpmn-moddle';
import { assertNever } from '../../assert-never';
import type { Escalation, NodeOf } from '../../model/workflow-nodes';
import type { After } from '../feel-moments';
import { JobTypes } from '../jobs';
import type { BpmnBuilder } from './bpmn-builder';
import type { Exit } from './fragment';
import { deadlineOf } from './task-deadline';

/**
 * A task's escalation (issue 16) as timer boundary events on its user task: at the deadline a
 * non-interrupting reminder to the task's users; `after` that the manager's message and the
 * reassignment (non-interrupting), or, when it takes one of the task's actions, an interrupting timer
 * whose path ends in that action. The settings themselves ride along as a property for the import.
 */
export function escalationBoundaries(
  b: BpmnBuilder,
  task: NodeOf<'task'>,
  escalation: Escalation,
  deadline: NonNullable<NodeOf<'task'>['deadline']>,
  userTask: ModdleElement,
  route: (actionId: string, exit: Exit) => void,
): void {
  const [from, toDeadline] = deadlineOf(deadline);
  const boundary = (suffix: string, name: string, after: readonly After[], interrupting: boolean) => {
    const boundaryEvent = b.make('bpmn:BoundaryEvent', b.ids.make('BoundaryEvent', `${task.id}_${suffix}`), {
      name,
      attachedToRef: userTask,
      cancelActivity: interrupting,
      eventDefinitions: [b.timerDefinition(`${task.id}_${suffix}`, task, from, after)],
    });
    boundaryEvent.set('outgoing', []);
    return boundaryEvent;
  };
  const users = { addressees: [{ type: 'taskUsers' }], destinations: JSON.stringify(task.destinations) };
  if (escalation.remindTemplateId) {
    const at = boundary('deadline', 'Deadline', toDeadline, false);
    const remind = b.sendMessage(
      b.ids.make('SendTask', `${task.id}_reminder`),
      'Reminder',
      'enter',
      { templateId: escalation.remindTemplateId, addressees: users.addressees, taskNodeId: task.id },
      { destinations: users.destinations, escalation: 'reminder' },
    );
    b.flow(at, remind);
    b.flow(remind, b.make('bpmn:EndEvent', b.ids.make('EndEvent', `${task.id}_reminded`), { name: 'Reminded' }));
  }
  const action = escalation.then.find((t): t is Extract<typeof t, { type: 'action' }> => t.type === 'action');
  let last = boundary('escalation', 'Escalation', [...toDeadline, escalation.after], Boolean(action));
  // As the engine does them: in order, and none after the action (the task is gone by then).
  for (const then of action ? escalation.then.slice(0, escalation.then.indexOf(action)) : escalation.then) {
    switch (then.type) {
      case 'notifyManager': {
        const send = b.sendMessage(
          b.ids.make('SendTask', `${task.id}_escalation_notify`),
          'Tell the task manager',
          'notify',
          { templateId: then.templateId, addressees: [{ type: 'taskManager' }], taskNodeId: task.id },
          { escalation: 'notifyManager' },
        );
        b.flow(last, send);
        last = send;
        break;
      }
      case 'reassign': {
        const reassign = b.make(
          'bpmn:ServiceTask',
          b.ids.make('ServiceTask', `${task.id}_reassign`),
          { name: 'Reassign' },
          b.job(JobTypes.reassignTask, {
            task: task.id,
            userTask: userTask.id,
            users: then.userIds.join(','),
            escalation: 'reassign',
          }),
        );
        b.flow(last, reassign);
        last = reassign;
        break;
      }
      case 'action':
        break;
      default:
        assertNever(then);
    }
  }
  if (action) route(action.actionNodeId, { from: last });
  else b.flow(last, b.make('bpmn:EndEvent', b.ids.make('EndEvent', `${task.id}_escalated`), { name: 'Escalated' }));
}
