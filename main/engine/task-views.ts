import type { TaskView } from '@shared/api/item-contract';
import { resolveAddressee } from '@shared/messages/recipients';
import type { Database } from '@shared/model/database';
import type { ItemRecord } from '@shared/model/item';
import type { WorkflowGraph } from '@shared/model/workflow';
import { GraphIndex } from '@shared/workflow/graph';
import { versionOf, workflowById } from '@shared/workflow/queries';

/**
 * An item's active tasks as people see them: title, deadline, the actions they can take. `graph`
 * is the graph the item runs on: its published version, or a draft when simulating.
 */
export function taskViews(
  db: Database,
  item: ItemRecord,
  viewerId?: string,
  graph?: WorkflowGraph,
): (TaskView & { userIds: string[] })[] {
  const workflow = workflowById(db.workflows, item.workflowId);
  graph ??= versionOf(workflow, item.version)?.graph;
  if (!graph) return [];
  const index = GraphIndex.of(graph);
  return item.tasks.flatMap((active) => {
    const task = index.byId.get(active.nodeId);
    if (task?.kind !== 'task') return [];
    // "Task users": the people of the destinations that show the task in their list.
    const userIds =
      active.assignees ??
      resolveAddressee(
        { type: 'taskUsers' },
        {
          directory: db.directory,
          submitterUserId: item.submitterUserId,
          taskManagerUserId: workflow?.taskManagerUserId,
          taskDestinations: task.destinations,
          fields: item.fields,
        },
      ).map((r) => r.id);
    return [
      {
        itemId: item.id,
        number: item.number,
        subject: item.subject,
        taskNodeId: task.id,
        title: task.title,
        enteredAt: active.enteredAt,
        ...(active.dueAt ? { dueAt: active.dueAt } : {}),
        ...(active.dueMovedBy ? { dueMovedBy: active.dueMovedBy } : {}),
        overdue: active.overdue ?? false,
        reactionRequired: task.reactionRequired,
        manager: Boolean(viewerId) && workflow?.taskManagerUserId === viewerId,
        mine: viewerId !== undefined && userIds.includes(viewerId),
        moveTargets: graph.nodes.flatMap((n) =>
          n.kind === 'task' && n.id !== task.id ? [{ id: n.id, title: n.title }] : [],
        ),
        actions: index.actionsOf(task.id).map((a) => ({ id: a.id, label: a.label, role: a.role, mode: a.mode })),
        form: task.form ?? [],
        userIds,
      },
    ];
  });
}
