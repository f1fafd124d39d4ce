import type { ModdleElement } from 'bpmn-moddle';
import { assertNever } from '../../assert-never';
import type { WorkflowNode } from '../../model/workflow-nodes';
import { DEFAULT_BRANCH } from '../../workflow/graph';
import { conditionToFeel } from '../feel';
import { JobTypes } from '../jobs';
import type { BpmnBuilder } from './bpmn-builder';
import { single, type Fragment } from './fragment';
import { startFragment } from './start-fragment';
import { taskFragment } from './task-fragment';

/** The BPMN elements of one step, by its kind. */
export function stepFragment(b: BpmnBuilder, node: WorkflowNode): Fragment {
  const name = b.nameOf(node);
  /** A step that is one Zeebe job (its extensions): a service task. */
  const serviceTask = (title: string, job: ModdleElement[]) =>
    single(b.make('bpmn:ServiceTask', b.ids.make('ServiceTask', node.id), { name: title }, job));
  switch (node.kind) {
    case 'start':
      return startFragment(b, node);
    case 'task':
      return taskFragment(b, node);
    case 'action': {
      // What the engine does not need but the import does: the action's role and that it is automatic.
      const props = [
        ...(node.role !== 'complete' ? [['stroomlijn.role', node.role]] : []),
        ...(node.mode === 'automatic' ? [['stroomlijn.mode', 'automatic']] : []),
      ];
      const ext = [
        ...b.outputs(node.effects),
        ...(props.length
          ? [
              b.moddle.create('zeebe:Properties', {
                properties: props.map(([name, value]) => b.moddle.create('zeebe:Property', { name, value })),
              }),
            ]
          : []),
      ];
      const task = b.index.taskOf(node.id);
      const el = node.message?.enabled
        ? b.make('bpmn:SendTask', b.ids.make('SendTask', `${node.id}_action`), { name }, [
            ...b.job(JobTypes.sendMessage, {
              moment: 'action',
              template: node.message.templateId,
              channel: node.message.channel,
              addressees: JSON.stringify([node.message.addressee]),
              ...(task ? { task: task.id } : {}),
            }),
            ...ext,
          ])
        : b.make('bpmn:IntermediateThrowEvent', b.ids.make('Event', node.id), { name }, ext);
      return single(el);
    }
    case 'condition': {
      const g = b.make('bpmn:ExclusiveGateway', b.ids.make('Gateway', node.id), { name });
      return {
        entry: g,
        exits: (edge) => {
          if ((edge.sourceHandle ?? DEFAULT_BRANCH) === DEFAULT_BRANCH) return [{ from: g, isDefault: true }];
          const branch = node.branches.find((br) => br.id === edge.sourceHandle);
          return branch ? [{ from: g, condition: conditionToFeel(branch.condition), name: branch.label }] : [];
        },
      };
    }
    case 'notify':
      return single(
        b.sendMessage(b.ids.make('SendTask', node.id), name || 'Message', 'notify', {
          templateId: node.templateId,
          channel: node.channel,
          addressees: node.to,
        }),
      );
    case 'createTask':
      return serviceTask(
        name,
        b.job(JobTypes.createCrmTask, {
          title: node.title,
          taskType: node.taskType,
          assignee: node.assigneeUserId,
          dueInDays: node.dueInDays === undefined ? undefined : String(node.dueInDays),
        }),
      );
    case 'webhook':
      if (Object.keys(node.headers ?? {}).length)
        b.warnings.push({ code: 'webhookHeaders', nodeId: node.id, name: name || node.url });
      return serviceTask(
        name || node.url,
        b.job(
          JobTypes.callWebhook,
          {
            method: node.method,
            url: node.url,
            body: node.bodyTemplate,
            timeoutSeconds: String(node.timeoutSeconds),
          },
          node.retries + 1,
        ),
      );
    case 'setField':
      return serviceTask(
        name,
        b.job(JobTypes.setRecordField, { field: node.field, value: JSON.stringify(node.value) }),
      );
    case 'wait': {
      const def =
        node.until.type === 'duration'
          ? b.timerDefinition(node.id, node, 'entered', [node.until])
          : b.timerDefinition(node.id, node, { field: node.until.field }, []);
      return single(
        b.make('bpmn:IntermediateCatchEvent', b.ids.make('Timer', node.id), {
          name: name || 'Wait',
          eventDefinitions: [def],
        }),
      );
    }
    case 'end':
      return single(b.make('bpmn:EndEvent', b.ids.make('EndEvent', node.id), { name }));
    default:
      return assertNever(node);
  }
}
