import type { WorkflowGraph, WorkflowNode } from '@shared/model';

/**
 * A generated workflow of `count` nodes in a grid: a start, then rows of tasks with an action
 * each, conditions with a branch, waits and ends. About 1.2 edges per node.
 */
export function bigWorkflow(count = 1000, extraEdges = 200): WorkflowGraph {
  const nodes: WorkflowNode[] = [];
  const edges: WorkflowGraph['edges'] = [];
  const kinds = ['task', 'action', 'wait', 'condition', 'notify', 'setField'] as const;
  for (let i = 0; i < count; i++) {
    const id = `n${i}`;
    const position = { x: (i % 25) * 260, y: Math.floor(i / 25) * 180 };
    const kind = i === 0 ? 'start' : kinds[i % kinds.length]!;
    const byKind: Record<string, Partial<WorkflowNode>> = {
      start: { trigger: { type: 'itemSubmitted' } },
      task: {
        title: `Taak ${i}`,
        destinations: [{ type: 'role', roleId: 'role-payroll', showInTaskList: true }],
        reactionRequired: false,
        infoTask: false,
      },
      action: { label: `Actie ${i}`, role: 'complete', mode: 'manual', effects: [] },
      wait: { title: `Wacht ${i}`, until: { type: 'duration', amount: 1, unit: 'days' } },
      condition: { title: `Conditie ${i}`, branches: [{ id: 'b1', label: 'Ja', condition: { always: true } }] },
      notify: {
        title: `Bericht ${i}`,
        channel: 'email',
        to: [{ type: 'role', roleId: 'role-payroll' }],
        templateId: 'tpl-instuurder',
      },
      setField: { field: 'status', value: `stap ${i}` },
    };
    nodes.push({ id, kind, position, ...byKind[kind] } as WorkflowNode);
    if (i > 0)
      edges.push({
        id: `e${i}`,
        source: `n${i - 1}`,
        target: id,
        ...(nodes[i - 1]!.kind === 'condition' ? { sourceHandle: 'default' } : {}),
      });
  }
  for (let j = 0; j < extraEdges; j++) {
    const source = 3 + j * 4;
    if (source + 10 >= count) break;
    edges.push({
      id: `x${j}`,
      source: `n${source}`,
      target: `n${source + 10}`,
      sourceHandle: nodes[source]!.kind === 'condition' ? 'b1' : undefined,
    });
  }
  return { nodes, edges: edges.map((e) => (e.sourceHandle ? e : { id: e.id, source: e.source, target: e.target })) };
}
