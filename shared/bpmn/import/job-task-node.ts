import type { ModdleElement } from 'bpmn-moddle';
import { JobTypes } from '../jobs';
import { actionProps, effectsOf } from './action-settings';
import { ext, headersOf, jobTypeOf, json, messageOf, nodeId } from './element-readers';
import { isUserTask } from './element-roles';
import { followAll, type ImportGraph } from './import-graph';

/**
 * A send or service task by its Stroomlijn job type: a message (on start or entering a task it is part
 * of that step; an action's; a notify step's), a CRM task, a webhook or a set field. Another job type is
 * a problem.
 */
export function readJobTask(g: ImportGraph, el: ModdleElement, name: string | undefined): void {
  const type = jobTypeOf(el);
  const h = headersOf(el);
  const outputs = effectsOf(el);
  if (type === JobTypes.sendMessage) {
    const message = messageOf(h);
    if (h.moment === 'start' || h.moment === 'enter') {
      g.pass.add(el);
      if (h.moment === 'enter') {
        // A task without a user task of its own (an info task, or one an automatic action always takes).
        const userTask = [...followAll(el)].find(isUserTask);
        if (!userTask)
          g.make(el, {
            kind: 'task',
            title: h.taskTitle ?? name ?? nodeId(el),
            destinations: json(h.destinations, []),
            infoTask: h.infoTask === 'true',
            message,
            id: h.task ?? nodeId(el),
          });
      }
    } else if (h.moment === 'action')
      g.make(el, { kind: 'action', label: name || nodeId(el), message, effects: outputs, ...actionProps(el) });
    else
      g.make(el, {
        kind: 'notify',
        ...(name && name !== 'Message' ? { title: name } : {}),
        to: json(h.addressees, []),
        ...(h.template ? { templateId: h.template } : {}),
        ...(h.channel ? { channel: h.channel } : {}),
      });
  } else if (type === JobTypes.createCrmTask) {
    g.make(el, {
      kind: 'createTask',
      title: h.title ?? name ?? '',
      ...(h.taskType ? { taskType: h.taskType } : {}),
      ...(h.assignee ? { assigneeUserId: h.assignee } : {}),
      ...(h.dueInDays !== undefined ? { dueInDays: Number(h.dueInDays) } : {}),
    });
  } else if (type === JobTypes.callWebhook) {
    const retries = Number(ext(el, 'zeebe:TaskDefinition')?.get('retries') ?? 4) - 1;
    g.make(el, {
      kind: 'webhook',
      ...(name && name !== h.url ? { title: name } : {}),
      method: h.method ?? 'POST',
      url: h.url,
      ...(h.body ? { bodyTemplate: h.body } : {}),
      ...(h.timeoutSeconds ? { timeoutSeconds: Number(h.timeoutSeconds) } : {}),
      retries: Math.max(0, retries),
    });
  } else if (type === JobTypes.setRecordField) {
    g.make(el, { kind: 'setField', field: h.field, value: json(h.value, '') });
  } else g.refuse(el, 'unknownJobType', type ?? 'none');
}
