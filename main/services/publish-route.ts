import type { PublishResult } from '@shared/api/workflow-contract';
import type { Database } from '@shared/model/database';
import type { Workflow } from '@shared/model/workflow';
import { latestVersion, workflowById } from '@shared/workflow/queries';

/**
 * After `workflow` got a published version: which workflow its item type's new items enter. None
 * routed yet (or only an unpublished or removed one): this one. Another published one: only when the
 * administrator answered yes; no answer leaves the route as it is and says so. Mutates `d`.
 */
export function routeOnPublish(
  d: Database,
  workflow: Workflow,
  replaceRoute: boolean | undefined,
): Pick<PublishResult, 'route' | 'routedWorkflowId'> {
  const type = d.itemTypes.find((t) => t.id === workflow.itemTypeId);
  const start = workflow.draft.nodes.find((n) => n.kind === 'start');
  if (!type || (start?.kind === 'start' && start.trigger.type === 'record')) return { route: 'none' };
  if (type.workflowId === workflow.id) return { route: 'already', routedWorkflowId: workflow.id };
  const routed = workflowById(d.workflows, type.workflowId);
  // The workflow the type is routed to counts only once it is published.
  const current = latestVersion(routed) ? routed : undefined;
  if (current && replaceRoute !== true) {
    return { route: replaceRoute === false ? 'kept' : 'unanswered', routedWorkflowId: current.id };
  }
  type.workflowId = workflow.id;
  return { route: current ? 'replaced' : 'entered', routedWorkflowId: workflow.id };
}

/** Routes of item types (other than `keepTypeId`) to a workflow that was removed or moved to another type. */
export function forgetRoutes(d: Database, workflowId: string, keepTypeId?: string): void {
  for (const type of d.itemTypes) {
    if (type.id === keepTypeId) continue;
    if (type.workflowId === workflowId) delete type.workflowId;
    if (type.routing) type.routing.byValue = type.routing.byValue.filter((r) => r.workflowId !== workflowId);
  }
}
