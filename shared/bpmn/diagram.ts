import type { BpmnModdle, ModdleElement } from 'bpmn-moddle';

/** Where the canvas put a step (the top-left corner of its card). */
export interface CanvasPlace {
  x: number;
  y: number;
}

interface Box {
  el: ModdleElement;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The canvas is spread this much, so the few BPMN elements of one step fit in its place. */
const SCALE_X = 2;
const SCALE_Y = 1.6;
/** Room between shapes, so no two touch. */
const MARGIN = 12;
const CHAIN_STEP = 140;
const SIBLING_STEP = 100;

const sizeOf = (type: string): { w: number; h: number } =>
  type.endsWith('Gateway') ? { w: 50, h: 50 } : type.endsWith('Event') ? { w: 36, h: 36 } : { w: 100, h: 80 };

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w + MARGIN && b.x < a.x + a.w + MARGIN && a.y < b.y + b.h + MARGIN && b.y < a.y + a.h + MARGIN;

/**
 * A diagram from the canvas: each step's elements where the step stands on the canvas (spread out),
 * the elements of one step left to right in flow order. Undefined when two shapes would overlap: the
 * caller lays the diagram out another way then.
 */
export function canvasDiagram(
  moddle: BpmnModdle,
  process: ModdleElement,
  elements: ModdleElement[],
  ownerOf: Map<ModdleElement, string>,
  places: Map<string, CanvasPlace>,
): ModdleElement | undefined {
  const flows = elements.filter((e) => e.$type === 'bpmn:SequenceFlow');
  const shapes = elements.filter((e) => e.$type !== 'bpmn:SequenceFlow' && e.$type !== 'bpmn:BoundaryEvent');
  const boundaries = elements.filter((e) => e.$type === 'bpmn:BoundaryEvent');
  // Depth of each element within its step: steps along the flows that stay inside it.
  const depth = new Map<ModdleElement, number>();
  const into = new Map<ModdleElement, number>();
  for (const f of flows) {
    const target = f.get('targetRef') as ModdleElement;
    const source = f.get('sourceRef') as ModdleElement;
    if (ownerOf.get(source) === ownerOf.get(target)) into.set(target, (into.get(target) ?? 0) + 1);
  }
  for (const el of shapes) {
    if (into.get(el)) continue;
    const queue: [ModdleElement, number][] = [[el, 0]];
    while (queue.length) {
      const [at, d] = queue.shift()!;
      if ((depth.get(at) ?? -1) >= d) continue;
      depth.set(at, d);
      if (d > 20) continue;
      for (const f of (at.get('outgoing') as ModdleElement[] | undefined) ?? []) {
        const next = f.get('targetRef') as ModdleElement;
        if (ownerOf.get(next) === ownerOf.get(at) && next.$type !== 'bpmn:BoundaryEvent') queue.push([next, d + 1]);
      }
    }
  }
  const boxes = new Map<ModdleElement, Box>();
  const taken = new Map<string, number>();
  for (const el of shapes) {
    const owner = ownerOf.get(el);
    const place = owner === undefined ? undefined : places.get(owner);
    if (!place) return undefined;
    const d = depth.get(el) ?? 0;
    const slot = `${owner}:${d}`;
    const sibling = taken.get(slot) ?? 0;
    taken.set(slot, sibling + 1);
    const { w, h } = sizeOf(el.$type);
    const cx = place.x * SCALE_X + 60 + d * CHAIN_STEP;
    const cy = place.y * SCALE_Y + 50 + sibling * SIBLING_STEP;
    boxes.set(el, { el, x: Math.round(cx - w / 2), y: Math.round(cy - h / 2), w, h });
  }
  const all = [...boxes.values()];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) if (overlap(all[i]!, all[j]!)) return undefined;
  // A boundary event sits on the lower edge of its task, one beside the other.
  const onTask = new Map<ModdleElement, number>();
  for (const b of boundaries) {
    const task = boxes.get(b.get('attachedToRef') as ModdleElement);
    if (!task) return undefined;
    const n = onTask.get(task.el) ?? 0;
    onTask.set(task.el, n + 1);
    boxes.set(b, { el: b, x: task.x + 10 + n * 40, y: task.y + task.h - 18, w: 36, h: 36 });
  }

  const bounds = (b: Box) => moddle.create('dc:Bounds', { x: b.x, y: b.y, width: b.w, height: b.h });
  const point = (x: number, y: number) => moddle.create('dc:Point', { x: Math.round(x), y: Math.round(y) });
  const planeElement: ModdleElement[] = [];
  for (const b of boxes.values()) {
    planeElement.push(
      moddle.create('bpmndi:BPMNShape', {
        id: `${b.el.id}_di`,
        bpmnElement: b.el,
        bounds: bounds(b),
        ...(b.el.$type === 'bpmn:ExclusiveGateway' ? { isMarkerVisible: true } : {}),
      }),
    );
  }
  for (const f of flows) {
    const s = boxes.get(f.get('sourceRef') as ModdleElement)!;
    const t = boxes.get(f.get('targetRef') as ModdleElement)!;
    const sy = s.y + s.h / 2;
    const ty = t.y + t.h / 2;
    let waypoint: ModdleElement[];
    if (t.y > s.y + s.h) {
      // Down to a later step: leave at the bottom, enter at the top.
      const mid = (s.y + s.h + t.y) / 2;
      const sx = s.x + s.w / 2;
      const tx = t.x + t.w / 2;
      waypoint =
        sx === tx
          ? [point(sx, s.y + s.h), point(tx, t.y)]
          : [point(sx, s.y + s.h), point(sx, mid), point(tx, mid), point(tx, t.y)];
    } else if (t.x >= s.x + s.w) {
      // On to the right (the next element of the same step): a straight line, bent when not level.
      const mid = (s.x + s.w + t.x) / 2;
      waypoint =
        sy === ty
          ? [point(s.x + s.w, sy), point(t.x, ty)]
          : [point(s.x + s.w, sy), point(mid, sy), point(mid, ty), point(t.x, ty)];
    } else {
      // Back up or to the left (a loop): out on the left, round the left of both, in on the left.
      const side = Math.min(s.x, t.x) - 30;
      waypoint = [point(s.x, sy), point(side, sy), point(side, ty), point(t.x, ty)];
    }
    planeElement.push(moddle.create('bpmndi:BPMNEdge', { id: `${f.id}_di`, bpmnElement: f, waypoint }));
  }
  const plane = moddle.create('bpmndi:BPMNPlane', { id: `${process.id}_plane`, bpmnElement: process, planeElement });
  return moddle.create('bpmndi:BPMNDiagram', { id: `${process.id}_diagram`, plane });
}
