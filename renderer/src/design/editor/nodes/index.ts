import type { NodeTypes } from '@xyflow/react';
import type { NodeKind } from '@shared/model/workflow-nodes';
import { ActionNode } from './ActionNode';
import { CreateTaskNode, EndNode, NotifyNode, SetFieldNode, WaitNode, WebhookNode } from './AutomationNodes';
import { ConditionNode } from './ConditionNode';
import { StartNode } from './StartNode';
import { TaskNode } from './TaskNode';

/** One memoised component per node kind (a kind without one does not compile). */
const byKind = {
  start: StartNode,
  task: TaskNode,
  action: ActionNode,
  condition: ConditionNode,
  notify: NotifyNode,
  createTask: CreateTaskNode,
  webhook: WebhookNode,
  setField: SetFieldNode,
  wait: WaitNode,
  end: EndNode,
} satisfies Record<NodeKind, unknown>;
export const nodeTypes: NodeTypes = byKind as NodeTypes;
