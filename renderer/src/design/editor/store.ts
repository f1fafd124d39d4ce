import { applyEdgeChanges, applyNodeChanges, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WorkflowGraph } from '@shared/model/workflow';
import type { NodeKind, WorkflowNode } from '@shared/model/workflow-nodes';
import { connectionProblem } from '@shared/workflow/connections';
import { type ClipboardDoc, rekey } from './clipboard';
import { type FlowEdge, type FlowNode, toFlow, toFlowEdge, toFlowNode, toGraph } from './flow';
import { History, type Snapshot } from './history';
import { newNode } from './new-node';

export interface EditorState {
  nodes: FlowNode[];
  edges: FlowEdge[];
  readOnly: boolean;
  /** Goes up with every change to the workflow itself (not with selection or measuring). */
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
  /** The nodes a simulation is at now, highlighted on the canvas (apart from the selection). */
  simulated: readonly string[];
  setSimulated(ids: readonly string[]): void;
  onNodesChange(changes: NodeChange<FlowNode>[]): void;
  onEdgesChange(changes: EdgeChange<FlowEdge>[]): void;
  connect(connection: Connection): boolean;
  /** Add a step and select it; `from` also connects it (in the same undo step) when the rules allow. */
  addNode(kind: NodeKind, position: { x: number; y: number }, title: string, from?: NodeSource): string;
  /** Change one node's settings; `field` groups a run of typing into one undo step. */
  updateNode(id: string, change: (node: WorkflowNode) => WorkflowNode, field?: string): void;
  deleteNodes(ids: readonly string[]): void;
  deleteSelection(): void;
  select(ids: readonly string[]): void;
  selectAll(): void;
  copySelection(): ClipboardDoc | null;
  paste(doc: ClipboardDoc, offset?: { x: number; y: number }): void;
  setPositions(positions: ReadonlyMap<string, { x: number; y: number }>): void;
  undo(): void;
  redo(): void;
  graph(): WorkflowGraph;
}

export type EditorStore = StoreApi<EditorState>;

/** The step (and its branch, for a condition) a new step hangs off. */
export interface NodeSource {
  source: string;
  sourceHandle?: string;
}

/** One editor's state, made per open workflow (never a module singleton). */
export function createEditorStore(
  graph: WorkflowGraph,
  options: { readOnly?: boolean; newId?: () => string } = {},
): EditorStore {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const history = new History();
  let dragging = false;

  return createStore<EditorState>()((set, get) => {
    const snapshot = (): Snapshot => ({ nodes: get().nodes, edges: get().edges });
    /** Record the state before a change, then apply it and count a revision. */
    const change = (next: Partial<Pick<EditorState, 'nodes' | 'edges'>>, key: string | null = null) => {
      if (get().readOnly) return;
      history.record(snapshot(), key);
      set({ ...next, revision: get().revision + 1, canUndo: history.canUndo, canRedo: history.canRedo });
    };
    const restore = (s: Snapshot | null) => {
      if (!s) return;
      set({
        nodes: s.nodes,
        edges: s.edges,
        revision: get().revision + 1,
        canUndo: history.canUndo,
        canRedo: history.canRedo,
      });
    };
    const selectedIds = () =>
      new Set(
        get()
          .nodes.filter((n) => n.selected)
          .map((n) => n.id),
      );

    return {
      ...toFlow(graph),
      readOnly: options.readOnly ?? false,
      revision: 0,
      canUndo: false,
      canRedo: false,
      simulated: [],

      setSimulated(ids) {
        const now = get().simulated;
        if (now.length !== ids.length || now.some((id, i) => id !== ids[i])) set({ simulated: [...ids] });
      },

      onNodesChange(changes) {
        const moves = changes.filter((c) => c.type === 'position');
        const startsDrag = moves.some((c) => c.type === 'position' && c.dragging) && !dragging;
        const endsDrag = moves.some((c) => c.type === 'position' && !c.dragging) && dragging;
        const removes = changes.filter((c) => c.type === 'remove');
        if (get().readOnly && (moves.length || removes.length)) return;
        if (startsDrag) {
          dragging = true;
          history.record(snapshot());
        }
        const nodes = applyNodeChanges(changes, get().nodes);
        if (endsDrag) dragging = false;
        set({
          nodes,
          ...(endsDrag ? { revision: get().revision + 1, canUndo: history.canUndo, canRedo: history.canRedo } : {}),
        });
      },

      onEdgesChange(changes) {
        const structural = changes.some((c) => c.type === 'remove' || c.type === 'add');
        if (structural) change({ edges: applyEdgeChanges(changes, get().edges) });
        else set({ edges: applyEdgeChanges(changes, get().edges) });
      },

      connect(connection) {
        const problem = connectionProblem(get().graph(), connection);
        if (problem) return false;
        const edge = toFlowEdge({
          id: newId(),
          source: connection.source,
          target: connection.target,
          sourceHandle: connection.sourceHandle ?? undefined,
        });
        change({ edges: [...get().edges, edge] });
        return true;
      },

      addNode(kind, position, title, from) {
        const id = newId();
        const node = { ...toFlowNode(newNode(kind, id, position, title)), selected: true };
        const nodes = [...get().nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node];
        const attempt = from && { source: from.source, target: id, sourceHandle: from.sourceHandle };
        const allowed = attempt && connectionProblem(toGraph(nodes, get().edges), attempt) === null;
        const edges = allowed ? [...get().edges, toFlowEdge({ id: newId(), ...attempt })] : get().edges;
        change({ nodes, edges });
        return id;
      },

      updateNode(id, update, field) {
        const nodes = get().nodes.map((n) => (n.id === id ? { ...n, data: { node: update(n.data.node) } } : n));
        // A branch that was removed takes its edge with it.
        const updated = nodes.find((n) => n.id === id)?.data.node;
        const branches =
          updated?.kind === 'condition' ? new Set([...updated.branches.map((b) => b.id), 'default']) : null;
        const edges = branches
          ? get().edges.filter((e) => e.source !== id || branches.has(e.sourceHandle ?? ''))
          : get().edges;
        change({ nodes, edges }, field ? `${id}:${field}` : null);
      },

      deleteNodes(ids) {
        const gone = new Set(ids);
        if (gone.size === 0) return;
        change({
          nodes: get().nodes.filter((n) => !gone.has(n.id)),
          edges: get().edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
        });
      },

      deleteSelection() {
        const nodes = selectedIds();
        const edges = get()
          .edges.filter((e) => e.selected)
          .map((e) => e.id);
        if (nodes.size === 0 && edges.length === 0) return;
        const goneEdges = new Set(edges);
        change({
          nodes: get().nodes.filter((n) => !nodes.has(n.id)),
          edges: get().edges.filter((e) => !goneEdges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
        });
      },

      select(ids) {
        const wanted = new Set(ids);
        set({
          nodes: get().nodes.map((n) =>
            Boolean(n.selected) === wanted.has(n.id) ? n : { ...n, selected: wanted.has(n.id) },
          ),
          edges: get().edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
        });
      },

      selectAll() {
        get().select(get().nodes.map((n) => n.id));
      },

      copySelection() {
        const ids = selectedIds();
        if (ids.size === 0) return null;
        const { nodes, edges } = toGraph(
          get().nodes.filter((n) => ids.has(n.id)),
          get().edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
        );
        return { format: 'stroomlijn.nodes', nodes, edges };
      },

      paste(doc, offset = { x: 40, y: 40 }) {
        if (get().readOnly) return;
        const hasStart = get().nodes.some((n) => n.data.node.kind === 'start');
        const source = hasStart ? { ...doc, nodes: doc.nodes.filter((n) => n.kind !== 'start') } : doc;
        const { nodes, edges } = rekey(source, newId, offset);
        change({
          nodes: [
            ...get().nodes.map((n) => (n.selected ? { ...n, selected: false } : n)),
            ...nodes.map((n) => ({ ...toFlowNode(n), selected: true })),
          ],
          edges: [...get().edges, ...edges.map(toFlowEdge)],
        });
      },

      setPositions(positions) {
        change({ nodes: get().nodes.map((n) => (positions.has(n.id) ? { ...n, position: positions.get(n.id)! } : n)) });
      },

      undo() {
        restore(history.undo(snapshot()));
      },

      redo() {
        restore(history.redo(snapshot()));
      },

      graph: () => toGraph(get().nodes, get().edges),
    };
  });
}
