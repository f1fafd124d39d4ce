import type { Edge, Node } from '@xyflow/react';
import type { WorkflowGraph } from '@shared/model/workflow';
import type { NodeKind, WorkflowNode } from '@shared/model/workflow-nodes';

/** A canvas node: React Flow's node whose data is our workflow node (its position lives on the flow node). */
export type FlowNode = Node<{ node: WorkflowNode }, NodeKind>;
export type FlowEdge = Edge;

export const toFlowNode = (node: WorkflowNode): FlowNode => ({
  id: node.id,
  type: node.kind,
  position: node.position,
  data: { node },
});

export const toFlowEdge = (e: WorkflowGraph['edges'][number]): FlowEdge => ({
  id: e.id,
  source: e.source,
  target: e.target,
  ...(e.sourceHandle ? { sourceHandle: e.sourceHandle } : {}),
});

export const toFlow = (graph: WorkflowGraph) => ({
  nodes: graph.nodes.map(toFlowNode),
  edges: graph.edges.map(toFlowEdge),
});

/** Back to the model: each node with its position from the canvas. */
export const toGraph = (nodes: readonly FlowNode[], edges: readonly FlowEdge[]): WorkflowGraph => ({
  nodes: nodes.map((n) => ({ ...n.data.node, position: { x: Math.round(n.position.x), y: Math.round(n.position.y) } })),
  edges: edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    ...(e.sourceHandle ? { sourceHandle: e.sourceHandle } : {}),
  })),
});
