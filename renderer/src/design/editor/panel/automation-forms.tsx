import { assertNever } from '@shared/assert-never';
import type { NodeOf, WorkflowNode } from '@shared/model/workflow-nodes';
import { CreateTaskProps, EndProps, NotifyProps, SetFieldProps, WaitProps } from './AutomationProps';
import { WebhookProps } from './WebhookProps';

/** The form for an automation or end node; nothing for other kinds. */
export function AutomationForms({
  node,
  update,
  fieldListId,
}: {
  node: WorkflowNode;
  update(patch: Partial<WorkflowNode>, field: string): void;
  fieldListId: string;
}) {
  switch (node.kind) {
    case 'notify':
      return <NotifyProps node={node as NodeOf<'notify'>} update={update} fieldListId={fieldListId} />;
    case 'createTask':
      return <CreateTaskProps node={node as NodeOf<'createTask'>} update={update} fieldListId={fieldListId} />;
    case 'webhook':
      return <WebhookProps node={node as NodeOf<'webhook'>} update={update} fieldListId={fieldListId} />;
    case 'setField':
      return <SetFieldProps node={node as NodeOf<'setField'>} update={update} fieldListId={fieldListId} />;
    case 'wait':
      return <WaitProps node={node as NodeOf<'wait'>} update={update} fieldListId={fieldListId} />;
    case 'end':
      return <EndProps node={node as NodeOf<'end'>} update={update} fieldListId={fieldListId} />;
    case 'start':
    case 'task':
    case 'action':
    case 'condition':
      // Their forms are PropertyPanel's own (they need the item type, the task's actions, new ids).
      return null;
    default:
      return assertNever(node);
  }
}
