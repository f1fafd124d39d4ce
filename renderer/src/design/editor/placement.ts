import type { WorkflowGraph } from '@shared/model/workflow';
import type { NodeKind } from '@shared/model/workflow-nodes';
import { connectionProblem } from '@shared/workflow/connections';
import { DEFAULT_BRANCH } from '@shared/workflow/graph';
import { newNode } from './new-node';

/** A rectangle in flow coordinates (a node's, or the part of the canvas in view). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a new step goes and, when that connection is allowed, the step it hangs off. */
export interface Placement {
  position: { x: number; y: number };
  from?: { source: string; sourceHandle?: string };
}

const GRID = 20;
/** Room kept between two steps, so they never touch. */
const MARGIN = 40;
/** From the bottom of a step to the top of the one below it. */
const GAP_BELOW = 60;
const NEW_ID = '__placing__';

/** A step's size before the canvas has measured it (see editor.css: .wf-node, .wf-action, .wf-end). */
export function defaultSize(kind: NodeKind): { width: number; height: number } {
  const width = kind === 'action' ? 190 : kind === 'end' ? 160 : 220;
  return { width, height: kind === 'end' || kind === 'action' ? 60 : 90 };
}

const snap = (v: number) => Math.round(v / GRID) * GRID;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + MARGIN &&
  b.x < a.x + a.width + MARGIN &&
  a.y < b.y + b.height + MARGIN &&
  b.y < a.y + a.height + MARGIN;

const free = (box: Box, taken: readonly Box[]) => !taken.some((t) => overlaps(box, t));

/**
 * The handle a new `kind` would hang off `sourceId` by, or null when the rules
 * (shared/workflow/connections.ts) do not allow it: a condition uses its first free branch, then its default.
 */
export function connectableHandle(
  graph: WorkflowGraph,
  sourceId: string,
  kind: NodeKind,
): { sourceHandle?: string } | null {
  const source = graph.nodes.find((n) => n.id === sourceId);
  if (!source) return null;
  const withNew: WorkflowGraph = {
    nodes: [...graph.nodes, newNode(kind, NEW_ID, { x: 0, y: 0 }, NEW_ID)],
    edges: graph.edges,
  };
  const handles = source.kind === 'condition' ? [...source.branches.map((b) => b.id), DEFAULT_BRANCH] : [undefined];
  for (const sourceHandle of handles) {
    if (connectionProblem(withNew, { source: sourceId, target: NEW_ID, sourceHandle }) === null) {
      return sourceHandle === undefined ? {} : { sourceHandle };
    }
  }
  return null;
}

/** Columns to try, nearest first: the middle one, then alternately right and left, half a step at a time. */
function* columns(centreX: number, width: number): Generator<number> {
  const step = (width + MARGIN) / 2;
  yield centreX;
  for (let i = 1; i <= 16; i++) {
    yield centreX + i * step;
    yield centreX - i * step;
  }
}

/** The first free spot in rows going down from `top`, nearest to `centreX` in each row. */
function firstFreeBelow(top: number, centreX: number, size: { width: number; height: number }, taken: readonly Box[]) {
  for (let row = 0; row < 50; row++) {
    const y = snap(top + row * (size.height + MARGIN));
    for (const cx of columns(centreX, size.width)) {
      const box = { x: snap(cx - size.width / 2), y, ...size };
      if (free(box, taken)) return { x: box.x, y: box.y };
    }
  }
  // Fifty full rows: put it under everything.
  return { x: snap(centreX - size.width / 2), y: snap(Math.max(top, ...taken.map((t) => t.y + t.height + MARGIN))) };
}

/** The free spot nearest to the middle of the view, in rings around it; outside the view only when it is full. */
function freeInView(view: Box, size: { width: number; height: number }, taken: readonly Box[]) {
  const cx = view.x + view.width / 2;
  const cy = view.y + view.height / 2;
  const stepX = size.width + MARGIN;
  const stepY = size.height + MARGIN;
  const inView = (b: Box) =>
    b.x >= view.x && b.y >= view.y && b.x + b.width <= view.x + view.width && b.y + b.height <= view.y + view.height;
  for (let ring = 0; ring < 6; ring++) {
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const box = { x: snap(cx - size.width / 2 + dx * stepX), y: snap(cy - size.height / 2 + dy * stepY), ...size };
        if (inView(box) && free(box, taken)) return { x: box.x, y: box.y };
      }
    }
  }
  return firstFreeBelow(cy - size.height / 2, cx, size, taken);
}

/**
 * Where a step chosen in the palette goes, like n8n's "+": below the selected step, beside
 * what already hangs there, connected to it when that is allowed; with nothing selected, at
 * a free spot in view. Never on top of another step.
 */
export function placeNewStep(
  kind: NodeKind,
  graph: WorkflowGraph,
  boxes: ReadonlyMap<string, Box>,
  selectedId: string | null,
  view: Box,
): Placement {
  const size = defaultSize(kind);
  const taken = [...boxes.values()];
  const selected = selectedId ? boxes.get(selectedId) : undefined;
  if (!selectedId || !selected) return { position: freeInView(view, size, taken) };
  const handle = connectableHandle(graph, selectedId, kind);
  const position = firstFreeBelow(
    selected.y + selected.height + GAP_BELOW,
    selected.x + selected.width / 2,
    size,
    taken,
  );
  return handle ? { position, from: { source: selectedId, ...handle } } : { position };
}
