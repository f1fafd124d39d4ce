import { describe, expect, it } from 'vitest';
import { boxesOf } from '../../renderer/src/design/editor/palette-add';
import { type Box, placeNewStep } from '../../renderer/src/design/editor/placement';
import { createEditorStore, type EditorStore } from '../../renderer/src/design/editor/store';
import type { NodeKind } from '@shared/model/workflow-nodes';

let n = 0;
const ids = () => `n${++n}`;
const view: Box = { x: 0, y: 0, width: 900, height: 700 };

/** A palette click as the editor makes it: place by the selection, add, connect. */
function click(store: EditorStore, kind: NodeKind) {
  const s = store.getState();
  const selected = s.nodes.filter((x) => x.selected);
  const placed = placeNewStep(kind, s.graph(), boxesOf(s.nodes), selected.length === 1 ? selected[0]!.id : null, view);
  return s.addNode(kind, placed.position, kind, placed.from);
}

const overlapping = (boxes: Box[]) =>
  boxes.some((a, i) =>
    boxes.some(
      (b, j) => i !== j && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
    ),
  );

function expectNoOverlap(store: EditorStore) {
  expect(overlapping([...boxesOf(store.getState().nodes).values()])).toBe(false);
}

describe('a palette click places and connects the new step', () => {
  it('chains clicks in a row below each other, each connected to the one before', () => {
    const store = createEditorStore({ nodes: [], edges: [] }, { newId: ids });
    const start = click(store, 'start');
    const task = click(store, 'task');
    const action = click(store, 'action');
    const notify = click(store, 'notify');
    const end = click(store, 'end');
    const g = store.getState().graph();
    expect(g.edges.map((e) => [e.source, e.target])).toEqual([
      [start, task],
      [task, action],
      [action, notify],
      [notify, end],
    ]);
    const ys = [start, task, action, notify, end].map((id) => g.nodes.find((x) => x.id === id)!.position.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(ys).size).toBe(5);
    expect(store.getState().nodes.find((x) => x.selected)?.id).toBe(end);
    expectNoOverlap(store);
  });

  it('puts a second action beside the first under the selected task, both connected', () => {
    const store = createEditorStore({ nodes: [], edges: [] }, { newId: ids });
    click(store, 'start');
    const task = click(store, 'task');
    const approve = click(store, 'action');
    store.getState().select([task]);
    const reject = click(store, 'action');
    const g = store.getState().graph();
    expect(g.edges.filter((e) => e.source === task).map((e) => e.target)).toEqual([approve, reject]);
    const [a, r] = [approve, reject].map((id) => g.nodes.find((x) => x.id === id)!.position);
    expect(a!.y).toBe(r!.y);
    expect(a!.x).not.toBe(r!.x);
    expectNoOverlap(store);
  });

  it('places without connecting where the rules forbid it (a task after a task), still below and apart', () => {
    const store = createEditorStore({ nodes: [], edges: [] }, { newId: ids });
    const first = click(store, 'task');
    const second = click(store, 'task');
    const g = store.getState().graph();
    expect(g.edges).toEqual([]);
    expect(g.nodes.find((x) => x.id === second)!.position.y).toBeGreaterThan(
      g.nodes.find((x) => x.id === first)!.position.y,
    );
    expectNoOverlap(store);
  });

  it('hangs a step off a condition by its first free branch, then its default', () => {
    const store = createEditorStore({ nodes: [], edges: [] }, { newId: ids });
    const cond = click(store, 'condition');
    store
      .getState()
      .updateNode(
        cond,
        (x) => ({ ...x, branches: [{ id: 'yes', label: 'Ja', condition: { always: true } }] }) as typeof x,
      );
    click(store, 'end');
    store.getState().select([cond]);
    click(store, 'end');
    expect(
      store
        .getState()
        .graph()
        .edges.map((e) => e.sourceHandle),
    ).toEqual(['yes', 'default']);
    expectNoOverlap(store);
  });

  it('with nothing selected, clicks in a row land apart inside the view', () => {
    const store = createEditorStore({ nodes: [], edges: [] }, { newId: ids });
    for (const kind of ['task', 'wait', 'webhook', 'end', 'notify'] as const) {
      click(store, kind);
      store.getState().select([]);
    }
    expectNoOverlap(store);
    for (const b of boxesOf(store.getState().nodes).values()) {
      expect(b.x).toBeGreaterThanOrEqual(view.x);
      expect(b.y + b.height).toBeLessThanOrEqual(view.y + view.height);
    }
  });
});
