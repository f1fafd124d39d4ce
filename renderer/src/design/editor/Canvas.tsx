import {
  Background,
  BackgroundVariant,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore as useFlowStore,
  type Connection,
  type ReactFlowState,
} from '@xyflow/react';
import { type DragEvent, type MouseEvent, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { NodeKind } from '@shared/model/workflow-nodes';
import { connectionProblem } from '@shared/workflow/connections';
import type { FlowEdge, FlowNode } from './flow';
import { flowLabels } from './flow-labels';
import { nodeTypes } from './nodes';
import type { EditorStore } from './store';
import { MINIMAP_SIZE, useKeepInView } from './keep-in-view';

export const DRAG_TYPE = 'application/stroomlijn-node';

const minimapColour = (n: FlowNode) => `var(--kind-${n.type ?? 'task'})`;
const edgeLook = { type: 'smoothstep', markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } };
const snapGrid: [number, number] = [20, 20];
/**
 * Room around a fitted view, in pixels: the zoom buttons sit bottom left, the minimap bottom right
 * (MINIMAP_SIZE plus its 15 px margin), so the steps at the bottom (the ends) never hide under them.
 */
export const FIT_PADDING = { top: '32px', left: '64px', bottom: '140px', right: '32px' } as const;
const fitViewOptions = { padding: FIT_PADDING, maxZoom: 1 };

/**
 * Level of detail: zoomed out so far that nothing is readable, nodes draw as coloured cards with
 * their title, and the dot grid, the arrowheads and the minimap go (the canvas is its own overview then). Text and patterns are what painting a big
 * workflow costs; this keeps panning smooth. Only crossing the threshold re-renders the canvas.
 */
const FAR_ZOOM = 0.45;
const detailOf = (s: ReactFlowState) => (s.transform[2] < FAR_ZOOM ? 'far' : 'near');

interface Props {
  store: EditorStore;
  onContextMenu(at: { x: number; y: number }, nodeId: string | null): void;
}

/** The React Flow canvas bound to one editor store. */
export function Canvas({ store, onContextMenu }: Props) {
  const { t } = useTranslation();
  const nodes = useStore(store, (s) => s.nodes);
  const edges = useStore(store, (s) => s.edges);
  const simulated = useStore(store, (s) => s.simulated);
  // Only the few nodes a simulation is at get a new object (and a class); the others keep theirs.
  const shown = useMemo(
    () =>
      simulated.length ? nodes.map((n) => (simulated.includes(n.id) ? { ...n, className: 'sim-current' } : n)) : nodes,
    [nodes, simulated],
  );
  const readOnly = useStore(store, (s) => s.readOnly);
  const { onNodesChange, onEdgesChange, connect, addNode } = store.getState();
  const { screenToFlowPosition, fitView } = useReactFlow<FlowNode, FlowEdge>();
  const onNodeClick = useKeepInView(useCallback(() => void fitView(fitViewOptions), [fitView]));
  // Fit the view to the workflow it opened with; an empty canvas must not jump when its first node lands.
  const [fitOnOpen] = useState(() => store.getState().nodes.length > 0);
  const detail = useFlowStore(detailOf);
  const ariaLabelConfig = useMemo(() => flowLabels(t), [t]);
  const defaultEdgeOptions = useMemo(() => ({ ...edgeLook, ariaLabel: t('editorAid.flow.edgeLabel') }), [t]);

  const isValidConnection = useCallback(
    (c: Connection | FlowEdge) =>
      connectionProblem(store.getState().graph(), {
        source: c.source,
        target: c.target,
        sourceHandle: c.sourceHandle,
      }) === null,
    [store],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(DRAG_TYPE) as NodeKind;
      if (!kind || readOnly) return;
      event.preventDefault();
      const p = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addNode(
        kind,
        { x: Math.round((p.x - 110) / 20) * 20, y: Math.round((p.y - 30) / 20) * 20 },
        t(`design.newTitles.${kind}`),
      );
    },
    [addNode, readOnly, screenToFlowPosition, t],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  // Every handler React Flow passes down to its nodes must keep its identity, or all nodes re-render.
  const menu = useCallback(
    (event: MouseEvent | globalThis.MouseEvent, nodeId: string | null) => {
      event.preventDefault();
      onContextMenu({ x: event.clientX, y: event.clientY }, nodeId);
    },
    [onContextMenu],
  );
  const onNodeContextMenu = useCallback((event: MouseEvent, node: FlowNode) => menu(event, node.id), [menu]);
  const onPaneContextMenu = useCallback((event: MouseEvent | globalThis.MouseEvent) => menu(event, null), [menu]);

  return (
    <ReactFlow<FlowNode, FlowEdge>
      className={`detail-${detail}`}
      nodes={shown}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={connect}
      isValidConnection={isValidConnection}
      onDrop={onDrop}
      onDragOver={onDragOver}
      onNodeContextMenu={onNodeContextMenu}
      onNodeClick={onNodeClick}
      onPaneContextMenu={onPaneContextMenu}
      onSelectionContextMenu={onPaneContextMenu}
      nodesDraggable={!readOnly}
      nodesConnectable={!readOnly}
      edgesReconnectable={false}
      deleteKeyCode={null}
      selectionKeyCode="Shift"
      multiSelectionKeyCode={['Meta', 'Control']}
      snapToGrid
      snapGrid={snapGrid}
      defaultEdgeOptions={defaultEdgeOptions}
      fitView={fitOnOpen}
      fitViewOptions={fitViewOptions}
      minZoom={0.1}
      ariaLabelConfig={ariaLabelConfig}
    >
      {detail === 'near' && <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />}
      {detail === 'near' && nodes.length > 0 && (
        <MiniMap
          pannable
          zoomable
          style={MINIMAP_SIZE}
          nodeColor={minimapColour}
          nodeStrokeWidth={0}
          ariaLabel={t('design.minimap')}
        />
      )}
      <Controls showInteractive={false} fitViewOptions={fitViewOptions} />
    </ReactFlow>
  );
}
