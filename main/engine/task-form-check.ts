import { ApiError } from '@shared/api/errors';
import type { FieldContext } from '@shared/fields/field-issues';
import { taskFormIssues } from '@shared/fields/task-form-issues';
import type { ItemRecord } from '@shared/model/item';
import type { ItemType } from '@shared/model/item-type';
import type { WorkflowGraph } from '@shared/model/workflow';
import { GraphIndex } from '@shared/workflow/graph';

/**
 * Refuses (422, per field, before anything is written) an action whose task form is not right:
 * a field changed that the form does not let change, a value the item type refuses, or a field
 * required before this action left empty. An action of no active task is the engine's to refuse.
 */
export function checkTaskForm(input: {
  graph: WorkflowGraph;
  item: ItemRecord;
  actionNodeId: string;
  changes: Record<string, unknown>;
  type: ItemType | undefined;
  ctx: FieldContext;
}): void {
  const { graph, item, actionNodeId, changes, type, ctx } = input;
  const task = GraphIndex.of(graph).taskOf(actionNodeId);
  if (!task || !item.tasks.some((t) => t.nodeId === task.id)) return;
  const issues = taskFormIssues({
    form: task.form ?? [],
    actionId: actionNodeId,
    type,
    itemFields: item.fields,
    changes,
    ctx,
  });
  if (issues.length) throw ApiError.invalidInput(`“${task.title}” of ${item.number} cannot be done yet`, issues);
}
