import type { ModdleElement } from 'bpmn-moddle';
import { assertNever } from '../../assert-never';
import type { NodeOf } from '../../model/workflow-nodes';
import { feelField, feelString } from '../feel';
import { momentAfter } from '../feel-moments';
import { ESCALATION_PROPERTY, JobTypes, taskFormReference } from '../jobs';
import { atLeast } from '../platform';
import type { BpmnBuilder } from './bpmn-builder';
import { deadlineOf } from './task-deadline';

/**
 * A task's user task settings as Zeebe extensions: its form, who it is for (candidate groups and users),
 * its due date, the listener that checks a required reaction (8.8), and its escalation's settings.
 */
export function userTaskExtensions(b: BpmnBuilder, task: NodeOf<'task'>): ModdleElement[] {
  const ext: ModdleElement[] = [
    b.moddle.create('zeebe:UserTask'),
    b.moddle.create('zeebe:FormDefinition', { externalReference: taskFormReference(b.workflowId, task.id) }),
  ];
  const groups: string[] = [];
  const users: string[] = [];
  let dynamic = false;
  for (const d of task.destinations) {
    switch (d.type) {
      case 'users':
        users.push(...d.userIds.map(feelString));
        break;
      case 'role':
        groups.push(d.roleId);
        break;
      case 'submitter':
        users.push('submitter');
        dynamic = true;
        break;
      case 'taskManager':
        users.push('taskManager');
        dynamic = true;
        break;
      case 'userField':
        users.push(feelField(d.field));
        dynamic = true;
        break;
      default:
        assertNever(d);
    }
  }
  const assignment: Record<string, string> = {};
  if (groups.length) assignment.candidateGroups = groups.join(',');
  if (users.length)
    assignment.candidateUsers = dynamic
      ? `=[${users.join(', ')}][item != null]`
      : users.map((u) => JSON.parse(u) as string).join(',');
  if (Object.keys(assignment).length) ext.push(b.moddle.create('zeebe:AssignmentDefinition', assignment));
  if (task.deadline) {
    const due = momentAfter(...deadlineOf(task.deadline));
    ext.push(
      b.moddle.create('zeebe:TaskSchedule', {
        dueDate: 'date' in due ? due.date : `=now() + duration(${feelString(due.duration)})`,
      }),
    );
    if (task.deadline.type === 'after' && task.deadline.unit === 'workingDays') b.warnWorkingDays(task);
  }
  if (task.reactionRequired) {
    if (atLeast(b.version, '8.8'))
      ext.push(
        b.moddle.create('zeebe:TaskListeners', {
          listeners: [b.moddle.create('zeebe:TaskListener', { eventType: 'completing', type: JobTypes.checkReaction })],
        }),
      );
    else b.warnings.push({ code: 'reactionRequired', nodeId: task.id, name: task.title, needs: '8.8' });
  }
  // The escalation's settings exactly, for the import (its boundary events are what Camunda runs).
  if (task.escalation && task.deadline)
    ext.push(
      b.moddle.create('zeebe:Properties', {
        properties: [
          b.moddle.create('zeebe:Property', { name: ESCALATION_PROPERTY, value: JSON.stringify(task.escalation) }),
        ],
      }),
    );
  return ext;
}
