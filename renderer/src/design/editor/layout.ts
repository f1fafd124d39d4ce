import ELK from 'elkjs/lib/elk.bundled.js';
import type { FlowEdge, FlowNode } from './flow';

const elk = new ELK();

/** Positions for a tidy top-to-bottom layout of the graph (elkjs, layered). */
export async function autoLayout(
  nodes: readonly FlowNode[],
  edges: readonly FlowEdge[],
): Promise<Map<string, { x: number; y: number }>> {
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '48',
      'elk.layered.spacing.nodeNodeBetweenLayers': '64',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      // Loops (a rejected message back to review) point upwards; the order nodes were made in says which way is forward.
      'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
    },
    children: nodes.map((n) => ({ id: n.id, width: n.measured?.width ?? 220, height: n.measured?.height ?? 90 })),
    edges: edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  const snap = (v: number) => Math.round(v / 20) * 20;
  return new Map((result.children ?? []).map((c) => [c.id, { x: snap(c.x ?? 0), y: snap(c.y ?? 0) }]));
}
