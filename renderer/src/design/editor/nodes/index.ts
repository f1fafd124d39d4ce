import type { NodeTypes } from '@xyflow/react';
import { ActionNode } from './ActionNode';
import { CreateTaskNode, EndNode, NotifyNode, SetFieldNode, WaitNode, WebhookNode } from './AutomationNodes';
import { ConditionNode } from './ConditionNode';
import { StartNode } from './StartNode';
import { TaskNode } from './TaskNode';

/** One memoised component per node kind. */
export const nodeTypes: NodeTypes = {
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
} as NodeTypes;
