import type { TaskView } from '@shared/api/item-contract';
import { addresseeUsers } from '@shared/messages/recipients';
import type { Database } from '@shared/model/database';
import type { ItemRecord } from '@shared/model/item';
import type { Workflow, WorkflowGraph } from '@shared/model/workflow';
import type { WorkflowNode } from '@shared/model/workflow-nodes';
import { GraphIndex } from '@shared/workflow/graph';
import { versionOf, workflowById } from '@shared/workflow/queries';

type TaskNode = Extract<WorkflowNode, { kind: 'task' }>;
type ActiveTask = ItemRecord['tasks'][number];

/** An item's workflow and the graph it runs on: `graph` when given (a draft when simulating), else its version's. */
function runOf(db: Database, item: ItemRecord, graph?: WorkflowGraph) {
  const workflow = workflowById(db.workflows, item.workflowId);
  return { workflow, graph: graph ?? versionOf(workflow, item.version)?.graph };
}

/** "Task users": the people a task was assigned to, else those of the destinations that show it in their list. */
function taskUserIds(
  db: Database,
  item: ItemRecord,
  workflow: Workflow | undefined,
  active: ActiveTask,
  task: TaskNode,
) {
  return (
    active.assignees ??
    addresseeUsers(
      { type: 'taskUsers' },
      {
        directory: db.directory,
        submitterUserId: item.submitterUserId,
        taskManagerUserId: workflow?.taskManagerUserId,
        taskDestinations: task.destinations,
        fields: item.fields,
      },
    ).map((u) => u.id)
  );
}

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
  const { workflow, graph: runGraph } = runOf(db, item, graph);
  if (!runGraph) return [];
  const index = GraphIndex.of(runGraph);
  return item.tasks.flatMap((active) => {
    const task = index.byId.get(active.nodeId);
    if (task?.kind !== 'task') return [];
    const userIds = taskUserIds(db, item, workflow, active, task);
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
        moveTargets: runGraph.nodes.flatMap((n) =>
          n.kind === 'task' && n.id !== task.id ? [{ id: n.id, title: n.title }] : [],
        ),
        actions: index.actionsOf(task.id).map((a) => ({ id: a.id, label: a.label, role: a.role, mode: a.mode })),
        form: task.form ?? [],
        userIds,
      },
    ];
  });
}

/**
 * The part `userId` has in the active task of `item` that `actionNodeId` hangs off: a user of it
 * (`mine`) and/or the workflow's task manager. Undefined when no active task has that action. What
 * `taskViews` says of that task, without building every view (this is asked on every action).
 */
export function partInTaskOf(
  db: Database,
  item: ItemRecord,
  actionNodeId: string,
  userId: string,
  graph?: WorkflowGraph,
): { mine: boolean; manager: boolean } | undefined {
  const run = runOf(db, item, graph);
  if (!run.graph) return undefined;
  const index = GraphIndex.of(run.graph);
  for (const active of item.tasks) {
    const task = index.byId.get(active.nodeId);
    if (task?.kind !== 'task' || !index.outgoing(task.id).some((e) => e.target === actionNodeId)) continue;
    if (index.byId.get(actionNodeId)?.kind !== 'action') return undefined;
    const manager = run.workflow?.taskManagerUserId === userId;
    return { manager, mine: taskUserIds(db, item, run.workflow, active, task).includes(userId) };
  }
  return undefined;
}

/** Whether `userId` is a user of one of the active tasks of `item`. */
export function isTaskUser(db: Database, item: ItemRecord, userId: string): boolean {
  const run = runOf(db, item);
  if (!run.graph) return false;
  const index = GraphIndex.of(run.graph);
  return item.tasks.some((active) => {
    const task = index.byId.get(active.nodeId);
    return task?.kind === 'task' && taskUserIds(db, item, run.workflow, active, task).includes(userId);
  });
}
