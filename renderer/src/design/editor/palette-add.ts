import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKind } from '@shared/model/workflow-nodes';
import type { FlowEdge, FlowNode } from './flow';
import { type Box, defaultSize, placeNewStep } from './placement';
import type { EditorStore } from './store';

/** Each step's box on the canvas: its measured size, or its kind's usual size before it was drawn. */
export function boxesOf(nodes: readonly FlowNode[]): Map<string, Box> {
  return new Map(
    nodes.map((n) => {
      const size = defaultSize(n.data.node.kind);
      return [
        n.id,
        { ...n.position, width: n.measured?.width ?? size.width, height: n.measured?.height ?? size.height },
      ];
    }),
  );
}

/**
 * A palette click: the new step goes below the selected one (connected when allowed) or at a free
 * spot in view, is selected, and the canvas pans to it when it landed out of sight.
 */
export function usePaletteAdd(store: EditorStore, canvas: () => HTMLElement | null) {
  const { t } = useTranslation();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  return useCallback(
    (kind: NodeKind) => {
      const s = store.getState();
      const rect = canvas()?.getBoundingClientRect() ?? { left: 0, top: 0, width: 800, height: 600 };
      const topLeft = flow.screenToFlowPosition({ x: rect.left, y: rect.top });
      const bottomRight = flow.screenToFlowPosition({ x: rect.left + rect.width, y: rect.top + rect.height });
      const view = { ...topLeft, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y };
      const selected = s.nodes.filter((n) => n.selected);
      const only = selected.length === 1 ? selected[0]!.id : null;
      const placed = placeNewStep(kind, s.graph(), boxesOf(s.nodes), only, view);
      s.addNode(kind, placed.position, t(`design.newTitles.${kind}`), placed.from);
      const size = defaultSize(kind);
      const { x, y } = placed.position;
      const seen =
        x >= view.x && y >= view.y && x + size.width <= view.x + view.width && y + size.height <= view.y + view.height;
      if (!seen) void flow.setCenter(x + size.width / 2, y + size.height / 2, { zoom: flow.getZoom(), duration: 200 });
    },
    [canvas, flow, store, t],
  );
}
