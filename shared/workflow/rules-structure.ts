import { assertNever } from '../assert-never';
import { automationKinds, DEFAULT_BRANCH, GraphIndex } from './graph';
import type { Run } from './context';
import { nodeName } from './context';

/** One start; every node reachable from it; every step leads on. */
export function checkStructure(run: Run): void {
  const starts = run.nodes.filter((n) => n.kind === 'start');
  if (starts.length === 0) run.error('noStart');
  for (const extra of starts.slice(1)) run.error('multipleStarts', extra);

  const start = starts[0];
  if (start) {
    const reachable = run.index.reachableFrom(start.id);
    for (const node of run.nodes) if (!reachable.has(node.id) && node.kind !== 'start') run.error('unreachable', node);
  }

  for (const node of run.nodes) {
    const out = run.index.outgoing(node.id);
    switch (node.kind) {
      case 'task':
        if (run.index.actionsOf(node.id).length === 0) run.error('taskWithoutAction', node);
        break;
      case 'action':
        if (out.length === 0) run.error('actionWithoutFollowUp', node);
        break;
      case 'condition':
        if (!out.some((e) => e.sourceHandle === DEFAULT_BRANCH)) run.error('conditionWithoutDefault', node);
        for (const branch of node.branches) {
          if (!out.some((e) => e.sourceHandle === branch.id))
            run.error('branchWithoutTarget', node, { branch: branch.label });
        }
        break;
      case 'start':
        if (out.length === 0) run.error('stepWithoutNext', node);
        break;
      case 'notify':
      case 'createTask':
      case 'webhook':
      case 'setField':
      case 'wait':
        if (automationKinds.includes(node.kind) && out.length === 0) run.error('stepWithoutNext', node);
        break;
      case 'end':
        break;
      default:
        assertNever(node);
    }
  }
}

/** Item types with required actions (approval messages need approve and reject). */
export function checkRequiredActions(run: Run): void {
  if (!run.itemType) return;
  const roles = new Set(run.nodes.flatMap((n) => (n.kind === 'action' ? [n.role] : [])));
  const start = run.nodes.find((n) => n.kind === 'start');
  for (const role of run.itemType.requiredActions) {
    if (!roles.has(role)) run.error('missingRequiredAction', start, { itemType: run.itemType.name, role });
  }
}

/**
 * A loop must hold a task or a wait, or the engine would spin through it forever. Looked for
 * with tasks and waits taken out: what still loops then (also a loop of automations inside a
 * larger loop through a task) never stops on its own.
 */
export function checkCycles(run: Run): void {
  const stops = (id: string) => ['task', 'wait'].includes(run.index.byId.get(id)?.kind ?? '');
  const moving = new GraphIndex({
    nodes: run.nodes.filter((n) => !stops(n.id)),
    edges: run.workflow.graph.edges.filter((e) => !stops(e.source) && !stops(e.target)),
  });
  for (const component of moving.cycles()) {
    const nodes = component.map((id) => run.index.byId.get(id)!);
    run.error('endlessCycle', nodes[0], { name: nodes.map((n) => nodeName(n)).join(' → ') });
  }
}
