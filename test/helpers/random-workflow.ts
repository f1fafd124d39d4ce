import type { Condition, Group, Rule, WorkflowEdge, WorkflowGraph, WorkflowNode } from '@shared/model';
import { WorkflowGraph as GraphSchema, WorkflowNode as NodeSchema } from '@shared/model';
import { GraphIndex } from '@shared/workflow';

/**
 * Seeded random workflows for the engine's property tests (test/shared/engine-random.test.ts).
 * Everything comes from one `Rng`, so a seed always gives the same graph. The people, roles and
 * templates named here exist in resources/sample-data.json, so validation can resolve them.
 */

/** mulberry32: small, fast, good enough to pick test cases; the same seed gives the same stream. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** A whole number from lo to hi, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from nothing');
    return xs[Math.floor(this.next() * xs.length)]!;
  }
}

export const T0 = '2026-11-23T09:00:00.000Z';
const DAY = 86_400_000;

/** The item fields the generated conditions read and the walks change. */
export const FIELDS = ['amount', 'kind', 'paid', 'dueDate'] as const;
export type FieldName = (typeof FIELDS)[number];

/** A value a user could type into the field, including an empty one. */
export function fieldValue(r: Rng, field: FieldName): string | number {
  if (r.chance(0.08)) return '';
  switch (field) {
    case 'amount':
      return r.pick([0, 50, 499, 500, 501, 1500, 10_000]);
    case 'kind':
      return r.pick(['offerte', 'factuur', 'klacht']);
    case 'paid':
      return r.pick(['ja', 'nee']);
    case 'dueDate':
      return r.chance(0.1) ? 'geen datum' : new Date(Date.parse(T0) + r.int(-3, 20) * DAY).toISOString();
  }
}

/** Values for all fields, as an item is submitted with. */
export const randomFields = (r: Rng): Record<FieldName, string | number> =>
  Object.fromEntries(FIELDS.map((f) => [f, fieldValue(r, f)])) as Record<FieldName, string | number>;

function rule(r: Rng): Rule {
  const field = r.pick(FIELDS);
  const operators: Record<FieldName, Rule['operator'][]> = {
    amount: ['greater', 'less', 'equals', 'empty', 'changed'],
    kind: ['equals', 'notEquals', 'contains', 'changedTo'],
    paid: ['equals', 'changedTo', 'changed', 'notEmpty'],
    dueDate: ['before', 'after', 'empty', 'notEmpty'],
  };
  const operator = r.pick(operators[field]);
  if (operator === 'empty' || operator === 'notEmpty' || operator === 'changed') return { field, operator };
  if (operator === 'contains') return { field, operator, value: r.pick(['of', 'fact', 'x']) };
  return { field, operator, value: fieldValue(r, field) };
}

function group(r: Rng, depth: number): Group {
  const rules: (Rule | Group)[] = Array.from({ length: r.int(depth === 0 ? 1 : 0, 3) }, () =>
    depth < 2 && r.chance(0.2) ? group(r, depth + 1) : rule(r),
  );
  return { join: r.pick(['and', 'or'] as const), rules };
}

/** "Always" now and then, else AND/OR groups of rules, sometimes nested. */
export const randomCondition = (r: Rng, pAlways = 0.2): Condition =>
  r.chance(pAlways) ? { always: true } : group(r, 0);

const TEMPLATES = ['tpl-instuurder', 'tpl-beoordelen', 'tpl-afgekeurd', 'tpl-bellen-nieuw', 'tpl-deal-feedback'];
const destination = (r: Rng) =>
  r.pick([
    { type: 'role', roleId: 'role-payroll' },
    { type: 'role', roleId: 'role-reviewers' },
    { type: 'users', userIds: ['user-anna', 'user-bram'] },
    { type: 'submitter' },
  ]);
const ADDRESSEES = [
  { type: 'submitter' },
  { type: 'role', roleId: 'role-reviewers' },
  { type: 'users', userIds: ['user-chantal'] },
];
/** Task users only where there is a task (a task's or action's message), else someone named. */
const addressee = (r: Rng, taskHere = true) => r.pick(taskHere ? [{ type: 'taskUsers' }, ...ADDRESSEES] : ADDRESSEES);
const message = (r: Rng, p: number, taskHere = true) =>
  r.chance(p) ? { message: { enabled: true, templateId: r.pick(TEMPLATES), addressee: addressee(r, taskHere) } } : {};

/** A node parsed by the model's schema, so defaults fill in and a malformed one fails loudly. */
const parsed = (id: string, kind: WorkflowNode['kind'], settings: Record<string, unknown>): WorkflowNode =>
  NodeSchema.parse({ id, kind, position: { x: 0, y: 0 }, ...settings });

function effects(r: Rng) {
  return Array.from({ length: r.int(0, 2) }, () =>
    r.chance(0.5)
      ? { type: 'setStatus', status: r.pick(['approved', 'rejected', 'in behandeling']) }
      : { type: 'setField', field: r.pick(FIELDS), value: fieldValue(r, r.pick(FIELDS)) },
  );
}

type StepKind = 'task' | 'condition' | 'notify' | 'setField' | 'webhook' | 'createTask' | 'wait';
const STEP_KINDS: StepKind[] = [
  'task',
  'task',
  'task',
  'task',
  'condition',
  'condition',
  'notify',
  'setField',
  'webhook',
  'createTask',
  'wait',
];

function stepNode(r: Rng, id: string, kind: StepKind): WorkflowNode {
  switch (kind) {
    case 'task': {
      const deadline = r.pick([
        undefined,
        undefined,
        { type: 'after', amount: r.int(1, 48), unit: 'hours' },
        { type: 'after', amount: r.int(1, 5), unit: 'days' },
        { type: 'dateField', field: 'dueDate' },
      ]);
      const info = r.chance(0.1);
      return parsed(id, 'task', {
        title: `Taak ${id}`,
        destinations: [destination(r)],
        reactionRequired: r.chance(0.3),
        infoTask: info,
        ...(deadline ? { deadline } : {}),
        ...message(r, info ? 1 : 0.3),
      });
    }
    case 'condition':
      return parsed(id, 'condition', {
        title: `Keuze ${id}`,
        branches: Array.from({ length: r.int(1, 3) }, (_, k) => ({
          id: `${id}-b${k}`,
          label: `Tak ${k}`,
          condition: randomCondition(r, 0.1),
        })),
      });
    case 'notify':
      return parsed(id, 'notify', {
        channel: r.pick(['email', 'inbox', 'both']),
        to: [addressee(r, false), ...(r.chance(0.3) ? [addressee(r, false)] : [])],
        templateId: r.pick(TEMPLATES),
      });
    case 'setField':
      return r.chance(0.3)
        ? parsed(id, 'setField', { field: 'status', value: r.pick(['open', 'klaar']) })
        : parsed(id, 'setField', { field: r.pick(FIELDS), value: fieldValue(r, r.pick(FIELDS)) });
    case 'webhook':
      return parsed(id, 'webhook', { method: r.pick(['POST', 'PUT', 'GET']), url: `https://example.org/hook/${id}` });
    case 'createTask':
      return parsed(id, 'createTask', { title: `Bellen ${id}`, ...(r.chance(0.5) ? { dueInDays: r.int(0, 7) } : {}) });
    case 'wait':
      return parsed(id, 'wait', {
        until: r.chance(0.8)
          ? { type: 'duration', amount: r.int(1, 3), unit: r.pick(['minutes', 'hours', 'days']) }
          : { type: 'dateField', field: 'dueDate' },
      });
  }
}

/**
 * A random workflow that validation accepts: start → a chain of 3–12 steps → an end, so every
 * step is reachable along the chain. Each step's other exits (further actions, branches, the
 * default) go forward to any later step or end; only actions of tasks may go back to an earlier
 * step (or their own task), so every loop runs through a task. Automatic actions with "Always"
 * in such a loop can still ping-pong; the engine has to stop those.
 */
export function randomWorkflow(r: Rng): WorkflowGraph {
  const count = r.int(3, 12);
  const steps = Array.from({ length: count }, (_, i) =>
    stepNode(r, `n${i}`, i === 0 && r.chance(0.7) ? 'task' : r.pick(STEP_KINDS)),
  );
  const ends = Array.from({ length: r.int(1, 2) }, (_, i) => parsed(`end${i}`, 'end', { title: `Einde ${i}` }));
  const start = parsed('s', 'start', { trigger: { type: 'itemSubmitted' }, ...message(r, 0.3, false) });
  const nodes: WorkflowNode[] = [start, ...steps, ...ends];
  const edges: WorkflowEdge[] = [];
  const connect = (source: string, target: string, sourceHandle?: string) =>
    edges.push({ id: `e${edges.length}`, source, target, ...(sourceHandle ? { sourceHandle } : {}) });
  const forward = (i: number) => (i + 1 < steps.length && r.chance(0.9) ? r.pick(steps.slice(i + 1)) : r.pick(ends)).id;
  const chain = (i: number) => (i + 1 < steps.length ? steps[i + 1]!.id : r.pick(ends).id);

  connect('s', steps[0]!.id);
  steps.forEach((step, i) => {
    if (step.kind === 'task') {
      const actions = r.int(1, 3);
      const primary = r.int(0, actions - 1);
      for (let k = 0; k < actions; k++) {
        const mode = r.chance(0.25) ? 'automatic' : 'manual';
        const action = parsed(`${step.id}a${k}`, 'action', {
          label: `Actie ${k}`,
          role: r.pick(['approve', 'reject', 'complete', 'custom']),
          mode,
          ...(mode === 'automatic' ? { condition: randomCondition(r, 0.3) } : {}),
          effects: effects(r),
          ...message(r, 0.2),
        });
        nodes.push(action);
        connect(step.id, action.id);
        const back = k !== primary && r.chance(0.6);
        connect(action.id, k === primary ? chain(i) : back ? steps[r.int(0, i)]!.id : forward(i));
      }
    } else if (step.kind === 'condition') {
      const handles = [...step.branches.map((b) => b.id), 'default'];
      const primary = r.pick(handles);
      for (const handle of handles) connect(step.id, handle === primary ? chain(i) : forward(i), handle);
    } else {
      connect(step.id, chain(i));
    }
  });
  // An end that no exit picked would be unreachable.
  return GraphSchema.parse({
    nodes: nodes.filter((n) => n.kind !== 'end' || edges.some((e) => e.target === n.id)),
    edges,
  });
}

/**
 * The graph with a loop of automations only spliced into one of its edges: the edge's source now
 * leads to a condition whose branch runs through 1–3 automations (no task, no wait) back to the
 * condition, and whose default goes on to the edge's old target. With `outsideLoops` only an edge
 * outside every loop of the graph is chosen; `anywhere` may put the new loop inside a larger one
 * through a task (which validation misses, see the test).
 */
export function withEndlessLoop(
  r: Rng,
  graph: WorkflowGraph,
  where: 'outsideLoops' | 'anywhere',
  pAlways = 0.5,
): WorkflowGraph | undefined {
  const index = new GraphIndex(graph);
  const component = new Map(index.cycles().flatMap((c, i) => c.map((id) => [id, i] as const)));
  const onLoop = (e: WorkflowEdge) => component.has(e.source) && component.get(e.source) === component.get(e.target);
  const candidates = graph.edges.filter(
    (e) => index.byId.get(e.source)?.kind !== 'task' && (where === 'anywhere' || !onLoop(e)),
  );
  if (candidates.length === 0) return undefined;
  const spliced = r.pick(candidates);
  const loop = parsed('loop', 'condition', {
    title: 'Lus',
    branches: [{ id: 'loop-again', label: 'Nog eens', condition: randomCondition(r, pAlways) }],
  });
  const body = Array.from({ length: r.int(1, 3) }, (_, i) =>
    stepNode(r, `loop${i}`, r.pick(['notify', 'setField', 'webhook', 'createTask'] as const)),
  );
  const path = [loop.id, ...body.map((b) => b.id), loop.id];
  const edges: WorkflowEdge[] = [
    ...graph.edges.map((e) => (e === spliced ? { ...e, target: loop.id } : e)),
    { id: 'loop-default', source: loop.id, target: spliced.target, sourceHandle: 'default' },
    ...path.slice(1).map((target, i) => ({
      id: `loop-e${i}`,
      source: path[i]!,
      target,
      ...(i === 0 ? { sourceHandle: 'loop-again' } : {}),
    })),
  ];
  return GraphSchema.parse({ nodes: [...graph.nodes, loop, ...body], edges });
}
