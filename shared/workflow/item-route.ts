import type { ItemType } from '../model/item-type';
import type { Workflow } from '../model/workflow';

/** A workflow new items can enter: it exists, has a published version and is active. */
export const canEnter = (workflow: Workflow | undefined): boolean =>
  !!workflow && workflow.versions.length > 0 && workflow.active !== false;

/** Where a new item of a type goes: a workflow (and why), or why none. */
export type ItemRoute =
  | { kind: 'workflow'; workflow: Workflow; via: 'value' | 'default' }
  | { kind: 'refused'; reason: 'noWorkflow' | 'inactive'; workflow?: Workflow };

/**
 * The workflow a new item of `type` enters (seed 002): the route of its routing field's value when
 * that workflow can take it, else the type's default workflow. An inactive or unpublished workflow
 * takes nothing new; the refusal names the inactive one so the submitter is told why.
 */
export function routeItem(type: ItemType, fields: Record<string, unknown>, workflows: readonly Workflow[]): ItemRoute {
  const byId = (id: string | undefined) => (id ? workflows.find((w) => w.id === id) : undefined);
  const value = type.routing ? fields[type.routing.fieldKey] : undefined;
  const routed = type.routing?.byValue.find((r) => r.value === value);
  const viaValue = byId(routed?.workflowId);
  if (viaValue && canEnter(viaValue)) return { kind: 'workflow', workflow: viaValue, via: 'value' };
  const fallback = byId(type.workflowId);
  if (fallback && canEnter(fallback)) return { kind: 'workflow', workflow: fallback, via: 'default' };
  const inactive = [viaValue, fallback].find((w) => w && w.active === false);
  return inactive
    ? { kind: 'refused', reason: 'inactive', workflow: inactive }
    : { kind: 'refused', reason: 'noWorkflow' };
}

/** Which new items enter a workflow: as its type's default, and/or for these values of the routing field. */
export interface WorkflowEntry {
  asDefault: boolean;
  values: string[];
}

export function entryOf(workflowId: string, type: ItemType | undefined): WorkflowEntry {
  return {
    asDefault: type?.workflowId === workflowId,
    values: type?.routing?.byValue.filter((r) => r.workflowId === workflowId).map((r) => r.value) ?? [],
  };
}
