import { type Rect, useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import type { FlowEdge, FlowNode } from './flow';

/** The minimap's corner of the canvas (its size plus React Flow's 15 px margin): steps must stay clear of it. */
export const MINIMAP_SIZE = { width: 160, height: 110 };
const MINIMAP_ROOM = { width: MINIMAP_SIZE.width + 15, height: MINIMAP_SIZE.height + 15 };

/** A box in canvas coordinates as it shows on screen, for a viewport {x, y, zoom}. */
const onScreen = (r: Rect, v: { x: number; y: number; zoom: number }) => ({
  left: r.x * v.zoom + v.x,
  top: r.y * v.zoom + v.y,
  right: (r.x + r.width) * v.zoom + v.x,
  bottom: (r.y + r.height) * v.zoom + v.y,
});

/** Whether a box on screen lies inside a canvas of `width` × `height`, clear of the minimap's corner. */
function clearIn(box: ReturnType<typeof onScreen>, width: number, height: number): boolean {
  const inside = box.left >= -1 && box.top >= -1 && box.right <= width + 1 && box.bottom <= height + 1;
  const underMinimap = box.right > width - MINIMAP_ROOM.width && box.bottom > height - MINIMAP_ROOM.height;
  return inside && !underMinimap;
}

/**
 * Keeps the steps in sight when the canvas changes size or a step is opened:
 * - the canvas shrinks (the window gets smaller, e.g. from 1920 to 1280 px) while the whole workflow
 *   was in view and no longer fits beside the side panel and the minimap: fit it again with `fit`;
 * - a step is clicked whose box is not wholly in view (behind the side panel's edge or under the
 *   minimap): centre it at the zoom as it is. Returns the click handler for that.
 */
export function useKeepInView(fit: () => void): (event: unknown, node: FlowNode) => void {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const width = useFlowStore((s) => s.width);
  const height = useFlowStore((s) => s.height);
  const before = useRef({ width, height });
  useEffect(() => {
    const was = before.current;
    before.current = { width, height };
    if (!width || !height || (was.width === width && was.height === height)) return;
    const nodes = flow.getNodes();
    if (!nodes.length) return;
    const box = onScreen(flow.getNodesBounds(nodes), flow.getViewport());
    if (clearIn(box, was.width, was.height) && !clearIn(box, width, height)) fit();
  }, [flow, fit, width, height]);

  // A step opened with a click: centre it if part of it is hidden, at the zoom as it is.
  return useCallback(
    (_: unknown, clicked: FlowNode) => {
      const node = flow.getInternalNode(clicked.id);
      if (!node?.measured.width || !node.measured.height) return;
      const { x, y } = node.internals.positionAbsolute;
      const rect = { x, y, width: node.measured.width, height: node.measured.height };
      const viewport = flow.getViewport();
      if (clearIn(onScreen(rect, viewport), before.current.width, before.current.height)) return;
      void flow.setCenter(x + rect.width / 2, y + rect.height / 2, { zoom: viewport.zoom, duration: 300 });
    },
    [flow],
  );
}
