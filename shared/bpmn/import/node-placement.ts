import type { ModdleElement } from 'bpmn-moddle';
import type { WorkflowNode } from '../../model/workflow-nodes';

/** Positions from the diagram (undoing the export's spread), else one below the other. */
export function placeNodes(root: ModdleElement, nodes: Map<ModdleElement, WorkflowNode>): WorkflowNode[] {
  const bounds = new Map<string, { x: number; y: number }>();
  for (const diagram of (root.get('diagrams') as ModdleElement[] | undefined) ?? []) {
    for (const shape of ((diagram.get('plane') as ModdleElement | undefined)?.get('planeElement') as
      ModdleElement[] | undefined) ?? []) {
      const b = shape.get('bounds') as ModdleElement | undefined;
      const el = shape.get('bpmnElement') as ModdleElement | undefined;
      if (b && el?.id)
        bounds.set(el.id, {
          x: Number(b.get('x')) + Number(b.get('width')) / 2,
          y: Number(b.get('y')) + Number(b.get('height')) / 2,
        });
    }
  }
  let row = 0;
  return [...nodes].map(([el, node]) => {
    const c = el.id ? bounds.get(el.id) : undefined;
    const position = c ? { x: Math.round((c.x - 60) / 2), y: Math.round((c.y - 50) / 1.6) } : { x: 0, y: 160 * row++ };
    return { ...node, position };
  });
}
