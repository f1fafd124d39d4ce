// The peer of the canvas benchmark: React Flow with its default nodes and nothing else.
import { type Edge, type Node, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

interface Graph {
  nodes: { id: string; position: { x: number; y: number }; title?: string; label?: string; kind: string }[];
  edges: { id: string; source: string; target: string }[];
}

const graph = (await (await fetch('./graph.json')).json()) as Graph;
const nodes: Node[] = graph.nodes.map((n) => ({
  id: n.id,
  position: n.position,
  data: { label: n.title ?? n.label ?? n.kind },
}));
const edges: Edge[] = graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));

createRoot(document.getElementById('root')!).render(
  <div style={{ width: '100vw', height: '100vh' }}>
    <ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView minZoom={0.05} />
  </div>,
);
