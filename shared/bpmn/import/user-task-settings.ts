import type { ModdleElement } from 'bpmn-moddle';
import { Escalation, type Destination } from '../../model/workflow-nodes';
import { workingDaysOf } from '../feel-moments';
import { ESCALATION_PROPERTY, JobTypes } from '../jobs';
import { ext, json, propertiesOf } from './element-readers';
import { dateFieldOf, fromIsoDuration } from './timer-readers';

/** A user task's settings as a task step: who it is for, its deadline, a required reaction, its escalation. */
export function userTaskSettings(el: ModdleElement): Record<string, unknown> {
  const destinations: Destination[] = [];
  const assignment = ext(el, 'zeebe:AssignmentDefinition');
  const groups = assignment?.get('candidateGroups') as string | undefined;
  const users = assignment?.get('candidateUsers') as string | undefined;
  if (users && !users.startsWith('='))
    destinations.push({
      type: 'users',
      userIds: users
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
      showInTaskList: true,
    });
  if (users?.startsWith('=')) {
    const inner = users.match(/^=\[(.*)\](?:\[item != null\])?$/)?.[1] ?? '';
    const fixed: string[] = [];
    for (const part of inner.match(/get value\(fields, "(?:[^"\\]|\\.)*"\)|"(?:[^"\\]|\\.)*"|\w+/g) ?? []) {
      if (part === 'submitter') destinations.push({ type: 'submitter', showInTaskList: true });
      else if (part === 'taskManager') destinations.push({ type: 'taskManager', showInTaskList: true });
      else if (part.startsWith('get value'))
        destinations.push({
          type: 'userField',
          field: JSON.parse(part.slice('get value(fields, '.length, -1)) as string,
          showInTaskList: true,
        });
      else if (part.startsWith('"')) fixed.push(JSON.parse(part) as string);
    }
    if (fixed.length) destinations.unshift({ type: 'users', userIds: fixed, showInTaskList: true });
  }
  if (groups)
    for (const g of groups
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean))
      destinations.push({ type: 'role', roleId: g, showInTaskList: true });
  const due = ext(el, 'zeebe:TaskSchedule')?.get('dueDate') as string | undefined;
  const after = due?.match(/^=now\(\) \+ duration\("(P[^"]+)"\)$/)?.[1];
  const workingDays = due ? workingDaysOf(due) : undefined;
  const afterDuration = after
    ? fromIsoDuration(after)
    : workingDays
      ? ({ amount: workingDays, unit: 'workingDays' } as const)
      : undefined;
  const dueField = due && !afterDuration ? dateFieldOf(due) : undefined;
  const listeners = (ext(el, 'zeebe:TaskListeners')?.get('listeners') as ModdleElement[] | undefined) ?? [];
  const escalation = Escalation.safeParse(json<unknown>(propertiesOf(el)[ESCALATION_PROPERTY], undefined));
  return {
    ...(escalation.success ? { escalation: escalation.data } : {}),
    destinations,
    ...(afterDuration
      ? { deadline: { type: 'after', ...afterDuration } }
      : dueField
        ? { deadline: { type: 'dateField', field: JSON.parse(dueField) as string } }
        : {}),
    reactionRequired: listeners.some((l) => l.get('type') === JobTypes.checkReaction),
  };
}
