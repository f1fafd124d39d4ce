import type { WorkflowEdge } from '@shared/model/workflow';
import type { WorkflowNode } from '@shared/model/workflow-nodes';

/** What copy puts on the clipboard: nodes and the edges between them. Works across workflows. */
export interface ClipboardDoc {
  format: 'stroomlijn.nodes';
  nodes: WorkflowNode[];
  edges: WorkflowEdge[];
}

const KEY = 'stroomlijn.clipboard';

export const writeClipboard = (doc: ClipboardDoc, storage: Storage = localStorage) =>
  storage.setItem(KEY, JSON.stringify(doc));

export function readClipboard(storage: Storage = localStorage): ClipboardDoc | null {
  try {
    const doc = JSON.parse(storage.getItem(KEY) ?? 'null') as ClipboardDoc | null;
    return doc?.format === 'stroomlijn.nodes' ? doc : null;
  } catch {
    return null;
  }
}

/** Fresh ids for pasted nodes (and their branches), shifted so they do not cover the originals. */
export function rekey(
  doc: ClipboardDoc,
  newId: () => string,
  offset: { x: number; y: number },
): { nodes: WorkflowNode[]; edges: WorkflowEdge[] } {
  const ids = new Map(doc.nodes.map((n) => [n.id, newId()]));
  const branchIds = new Map<string, string>();
  const nodes = doc.nodes.map((n) => {
    const moved = {
      ...structuredClone(n),
      id: ids.get(n.id)!,
      position: { x: n.position.x + offset.x, y: n.position.y + offset.y },
    };
    if (moved.kind === 'condition') {
      moved.branches = moved.branches.map((b) => {
        const id = newId();
        branchIds.set(`${n.id}:${b.id}`, id);
        return { ...b, id };
      });
    }
    return moved;
  });
  const edges = doc.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      id: newId(),
      source: ids.get(e.source)!,
      target: ids.get(e.target)!,
      ...(e.sourceHandle ? { sourceHandle: branchIds.get(`${e.source}:${e.sourceHandle}`) ?? e.sourceHandle } : {}),
    }));
  return { nodes, edges };
}
