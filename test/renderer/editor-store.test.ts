import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../renderer/src/design/editor/store';
import type { WorkflowGraph } from '@shared/model';

let n = 0;
const ids = () => `id${++n}`;
const empty: WorkflowGraph = { nodes: [], edges: [] };
const kinds = (s: ReturnType<typeof createEditorStore>) =>
  s
    .getState()
    .graph()
    .nodes.map((x) => x.kind);

function chain() {
  const store = createEditorStore(empty, { newId: ids });
  const { addNode } = store.getState();
  const start = addNode('start', { x: 0, y: 0 }, 'Start');
  const task = addNode('task', { x: 0, y: 100 }, 'Controleren');
  const action = addNode('action', { x: 0, y: 200 }, 'Klaar');
  const end = addNode('end', { x: 0, y: 300 }, 'Einde');
  return { store, start, task, action, end };
}

/** A condition whose branch "Ja" (b1) leads to an end. */
function branchToEnd() {
  const store = createEditorStore(empty, { newId: ids });
  const s = store.getState();
  const cond = s.addNode('condition', { x: 0, y: 0 }, 'Soort');
  s.updateNode(cond, (x) => ({ ...x, branches: [{ id: 'b1', label: 'Ja', condition: { always: true } }] }) as typeof x);
  const end = s.addNode('end', { x: 0, y: 200 }, 'Einde');
  s.connect({ source: cond, target: end, sourceHandle: 'b1', targetHandle: null });
  return { store, s, cond, end };
}

describe('editor store', () => {
  it('adds nodes of every kind with their defaults and selects the new one', () => {
    const store = createEditorStore(empty, { newId: ids });
    const id = store.getState().addNode('wait', { x: 20, y: 40 }, 'Even wachten');
    expect(store.getState().graph().nodes).toEqual([
      {
        id,
        kind: 'wait',
        position: { x: 20, y: 40 },
        title: 'Even wachten',
        until: { type: 'duration', amount: 1, unit: 'days' },
      },
    ]);
    expect(store.getState().nodes[0]!.selected).toBe(true);
    expect(store.getState().revision).toBe(1);
  });

  it('connects only what may be connected', () => {
    const { store, start, task, action, end } = chain();
    const { connect } = store.getState();
    expect(connect({ source: start, target: task, sourceHandle: null, targetHandle: null })).toBe(true);
    expect(connect({ source: task, target: end, sourceHandle: null, targetHandle: null })).toBe(false);
    expect(connect({ source: task, target: action, sourceHandle: null, targetHandle: null })).toBe(true);
    expect(connect({ source: action, target: end, sourceHandle: null, targetHandle: null })).toBe(true);
    expect(connect({ source: action, target: task, sourceHandle: null, targetHandle: null })).toBe(false);
    expect(
      store
        .getState()
        .graph()
        .edges.map((e) => [e.source, e.target]),
    ).toEqual([
      [start, task],
      [task, action],
      [action, end],
    ]);
  });

  it('deletes the selection with the edges that touch it', () => {
    const { store, start, task, action } = chain();
    store.getState().connect({ source: start, target: task, sourceHandle: null, targetHandle: null });
    store.getState().connect({ source: task, target: action, sourceHandle: null, targetHandle: null });
    store.getState().select([task]);
    store.getState().deleteSelection();
    expect(kinds(store)).toEqual(['start', 'action', 'end']);
    expect(store.getState().edges).toEqual([]);
  });

  it('undoes and redoes every change, typing in one field as one step', () => {
    const { store, task } = chain();
    const title = () =>
      store
        .getState()
        .graph()
        .nodes.find((x) => x.id === task)!;
    for (const text of ['C', 'Co', 'Con', 'Cont'])
      store.getState().updateNode(task, (x) => ({ ...x, title: text }) as typeof x, 'title');
    expect(title()).toMatchObject({ title: 'Cont' });
    store.getState().undo();
    expect(title()).toMatchObject({ title: 'Controleren' });
    store.getState().undo();
    expect(kinds(store)).toEqual(['start', 'task', 'action']);
    store.getState().redo();
    store.getState().redo();
    expect(title()).toMatchObject({ title: 'Cont' });
    expect(store.getState().canRedo).toBe(false);
  });

  it('records a drag as one undo step, on its first move', () => {
    const { store, task } = chain();
    const at = () => store.getState().nodes.find((x) => x.id === task)!.position;
    const move = (x: number, dragging: boolean) =>
      store.getState().onNodesChange([{ type: 'position', id: task, position: { x, y: 100 }, dragging }]);
    move(20, true);
    move(40, true);
    move(60, false);
    expect(at()).toEqual({ x: 60, y: 100 });
    store.getState().undo();
    expect(at()).toEqual({ x: 0, y: 100 });
    store.getState().redo();
    expect(at()).toEqual({ x: 60, y: 100 });
  });

  it('copies and pastes with fresh ids, keeping inner edges and condition branches', () => {
    const { s, cond, end } = branchToEnd();
    s.select([cond, end]);
    const doc = s.copySelection()!;
    const other = createEditorStore(empty, { newId: ids });
    other.getState().paste(doc);
    const pasted = other.getState().graph();
    expect(pasted.nodes.map((x) => x.kind)).toEqual(['condition', 'end']);
    expect(pasted.nodes.map((x) => x.id)).not.toContain(cond);
    const branch = pasted.nodes[0]!.kind === 'condition' ? pasted.nodes[0]!.branches[0]!.id : '';
    expect(branch).not.toBe('b1');
    expect(pasted.edges).toEqual([
      { id: expect.any(String), source: pasted.nodes[0]!.id, target: pasted.nodes[1]!.id, sourceHandle: branch },
    ]);
    expect(pasted.nodes[0]!.position).toEqual({ x: 40, y: 40 });
  });

  it('pastes no second start into a workflow that has one', () => {
    const { store } = chain();
    store.getState().select(store.getState().nodes.map((x) => x.id));
    store.getState().paste(store.getState().copySelection()!);
    expect(kinds(store).filter((k) => k === 'start')).toHaveLength(1);
    expect(kinds(store)).toHaveLength(7);
  });

  it('drops the edge of a condition branch that is removed', () => {
    const { store, s, cond } = branchToEnd();
    s.updateNode(cond, (x) => ({ ...x, branches: [] }) as typeof x);
    expect(store.getState().edges).toEqual([]);
  });

  it('changes nothing when read-only', () => {
    const store = createEditorStore(
      { nodes: [{ id: 's', kind: 'start', position: { x: 0, y: 0 }, trigger: { type: 'itemSubmitted' } }], edges: [] },
      { readOnly: true },
    );
    store.getState().addNode('task', { x: 0, y: 0 }, 'X');
    store.getState().select(['s']);
    store.getState().deleteSelection();
    store.getState().onNodesChange([{ type: 'position', id: 's', position: { x: 99, y: 0 }, dragging: true }]);
    expect(store.getState().graph().nodes).toEqual([
      { id: 's', kind: 'start', position: { x: 0, y: 0 }, trigger: { type: 'itemSubmitted' } },
    ]);
  });
});
