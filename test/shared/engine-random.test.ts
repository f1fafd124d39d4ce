import { describe, expect, it } from 'vitest';
import { EngineError, step, type EngineEffect, type EngineEvent, type ItemState } from '@shared/engine';
import { type Condition, type Effect, WorkflowGraph } from '@shared/model';
import { describeFinding, validateWorkflow } from '@shared/workflow';
import { FIELDS, fieldValue, randomFields, randomWorkflow, Rng, T0, withEndlessLoop } from '../helpers/random-workflow';
import { ctx } from './workflow/fixtures';

/*
 * Property tests of the pure engine: random valid workflows, random walks of valid events, and
 * after every step the rules every item must obey. A failing seed prints itself and its events;
 * run just that one with ENGINE_SEED=<seed>.
 */

const SEEDS = process.env.ENGINE_SEED
  ? [Number(process.env.ENGINE_SEED)]
  : Array.from({ length: 300 }, (_, i) => i + 1);
const MAX_MOVES = 40;
const USERS = ['user-anna', 'user-bram', 'user-eva'];
const STATUSES = ['running', 'completed', 'cancelled', 'error'];
const HOUR = 3_600_000;
const at = { x: 0, y: 0 };

const findings = (graph: WorkflowGraph) =>
  validateWorkflow({ graph, language: 'nl' }, ctx).filter((f) => f.severity === 'error');
const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** One thing that happened in a walk: an event handed to the engine, or time passing. */
type Move = { at: string; event: EngineEvent } | { at: string; advance: number };
interface Walk {
  moves: Move[];
  /** Every engine step: its state and effects, for the determinism check. */
  trace: { state: ItemState; effects: EngineEffect[] }[];
  final: ItemState;
  timersFired: number;
}

const show = (m: Move) =>
  'event' in m ? `${m.at} ${JSON.stringify(m.event)}` : `${m.at} time passes ${m.advance / HOUR}h`;
const reproduce = (seed: number, label: string, moves: Move[], problem: string) =>
  [
    `${label} seed ${seed}: ${problem}`,
    `reproduce: ENGINE_SEED=${seed} npx vitest run -c test/vitest.config.ts --project node test/shared/engine-random.test.ts`,
    'moves:',
    ...moves.map((m, i) => `  ${i + 1}. ${show(m)}`),
  ].join('\n');

/** Every object and array inside a value, to prove a new state shares none with the old one. */
/** Freeze `value` and everything in it: a step that changes any of it then throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function pickWeighted<T>(r: Rng, options: [number, T][]): T {
  let roll = r.next() * options.reduce((sum, [w]) => sum + w, 0);
  for (const [w, option] of options) if ((roll -= w) < 0) return option;
  return options[options.length - 1]![1];
}

/** A random event the item can take now (or time passing), given the timers the runtime would hold. */
function chooseMove(
  r: Rng,
  state: ItemState,
  graph: WorkflowGraph,
  timers: { nodeId: string; at: string }[],
  now: string,
): Move | { timer: number } {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const options: [number, () => Move | { timer: number }][] = [];
  for (const active of state.tasks) {
    const task = byId.get(active.nodeId);
    if (task?.kind !== 'task') continue;
    for (const e of graph.edges.filter((x) => x.source === task.id)) {
      const reaction =
        task.reactionRequired || r.chance(0.3)
          ? { text: r.pick(['Akkoord', 'Graag aanpassen', 'Zie bijlage']), external: r.chance(0.5) }
          : undefined;
      options.push([
        3,
        () => ({
          at: now,
          event: { type: 'act', actionNodeId: e.target, userId: r.pick(USERS), ...(reaction ? { reaction } : {}) },
        }),
      ]);
    }
    options.push([
      0.3,
      () => ({
        at: now,
        event: { type: 'reassign', taskNodeId: task.id, userIds: [r.pick(USERS)], userId: 'user-dirk' },
      }),
    ]);
  }
  options.push([
    2,
    () => ({
      at: now,
      event: {
        type: 'updateFields',
        fields: Object.fromEntries(
          Array.from({ length: r.int(1, 2) }, () => r.pick(FIELDS)).map((f) => [f, fieldValue(r, f)]),
        ),
        userId: r.pick(USERS),
      },
    }),
  ]);
  if (timers.length) options.push([3, () => ({ timer: r.int(0, timers.length - 1) })]);
  options.push([1, () => ({ at: now, advance: r.pick([1, 6, 30, 72]) * HOUR })]);
  const tasks = graph.nodes.filter((n) => n.kind === 'task');
  if (tasks.length)
    options.push([
      0.3,
      () => ({ at: now, event: { type: 'moveTo', taskNodeId: r.pick(tasks).id, userId: 'user-dirk' } }),
    ]);
  options.push([0.1, () => ({ at: now, event: { type: 'cancel', userId: 'user-dirk', reason: 'test' } })]);
  return pickWeighted(r, options)();
}

/**
 * Submits an item and walks it with random valid events, checking the properties after every
 * step. Throws a message with the seed and the moves so far at the first property that fails.
 */
function walk(seed: number, label: string, graph: WorkflowGraph, r: Rng): Walk {
  const moves: Move[] = [];
  const trace: Walk['trace'] = [];
  const keys = new Set<string>();
  const timers: { key: string; nodeId: string; at: string }[] = [];
  let now = T0;
  let state: ItemState | null = null;
  let timersFired = 0;
  const fail = (problem: string): never => {
    throw new Error(reproduce(seed, label, moves, problem));
  };

  const apply = (event: EngineEvent) => {
    moves.push({ at: now, event });
    const before = state;
    const beforeJson = JSON.stringify(before);
    // Frozen, with all it holds: the new state may share what a step never changes (history
    // entries, field values), and any step that changed a shared object would throw here.
    deepFreeze(before);
    let result;
    try {
      result = step(before, event, graph, now);
    } catch (e) {
      return fail(`step threw on a valid event: ${e instanceof Error ? e.stack : String(e)}`);
    }
    const { state: after, effects } = result;
    // Purity: a new state object; the old one is left as it was.
    if (after === before) fail('step returned the old state object');
    if (JSON.stringify(before) !== beforeJson) fail('step changed the state it was given');
    if (before && after.seq !== before.seq + 1) fail(`seq went from ${before.seq} to ${after.seq}`);
    if (before && JSON.stringify(after.history.slice(0, before.history.length)) !== JSON.stringify(before.history))
      fail('the history was rewritten, not appended to');
    if (!STATUSES.includes(after.status)) fail(`unknown status ${after.status}`);
    // Always ends or waits.
    if (after.status === 'running' && after.tasks.length + after.waits.length === 0)
      fail('a running item waits on nothing: no active task and no wait');
    if (after.status === 'error' && !after.error?.trim()) fail('an item in error has no error message');
    if (after.status === 'error' && effects.length)
      fail(`a step that stopped the item with an error still emits ${effects.length} effects`);
    if (after.status !== 'running' && after.tasks.length + after.waits.length > 0)
      fail(`a ${after.status} item still has active tasks or waits`);
    const completedEffects = effects.filter((e) => e.type === 'itemCompleted');
    if (after.status === 'completed' && (completedEffects.length !== 1 || effects.at(-1)?.type !== 'itemCompleted'))
      fail('completing did not end with exactly one itemCompleted effect');
    if (after.status !== 'completed' && completedEffects.length)
      fail(`itemCompleted while the item is ${after.status}`);
    for (const effect of effects) {
      if (keys.has(effect.key)) fail(`effect key ${effect.key} used twice`);
      keys.add(effect.key);
      if (effect.type === 'queueMessage' && (!effect.templateId || effect.addressees.length === 0))
        fail(`a message without template or addressee: ${JSON.stringify(effect)}`);
      if (effect.type === 'scheduleTimer') timers.push({ key: effect.key, nodeId: effect.nodeId, at: effect.at });
    }
    // Timers: a task is overdue only once its deadline has passed; a wait resumes only when due.
    for (const task of after.tasks)
      if (task.overdue && !(task.dueAt && task.dueAt <= now))
        fail(`task ${task.nodeId} marked overdue at ${now}, due ${task.dueAt ?? 'never'}`);
    for (const entry of after.history.slice(before?.history.length ?? 0)) {
      if (entry.kind !== 'resumed') continue;
      const wait = before?.waits.find((w) => w.nodeId === entry.nodeId);
      if (!wait || wait.until > now) fail(`wait ${entry.nodeId} resumed at ${now}, until ${wait?.until ?? 'unknown'}`);
    }
    trace.push({ state: after, effects });
    state = after;
  };

  /** An event the item cannot take now must be refused with the engine's reason, changing nothing. */
  const refuse = (event: EngineEvent, code: EngineError['code']) => {
    const before = JSON.stringify(state);
    try {
      step(state, event, graph, now);
    } catch (e) {
      if (e instanceof EngineError && e.code === code && JSON.stringify(state) === before) return;
      fail(`${JSON.stringify(event)} was refused wrongly: ${String(e)}`);
    }
    fail(`${JSON.stringify(event)} was accepted; expected ${code}`);
  };
  const tryInvalid = (s: ItemState) => {
    const inactive = graph.edges.filter(
      (e) =>
        !s.tasks.some((t) => t.nodeId === e.source) && graph.nodes.some((n) => n.id === e.source && n.kind === 'task'),
    );
    if (inactive.length)
      refuse({ type: 'act', actionNodeId: r.pick(inactive).target, userId: 'user-anna' }, 'notActive');
    const strict = s.tasks.filter((t) =>
      graph.nodes.some((n) => n.id === t.nodeId && n.kind === 'task' && n.reactionRequired),
    );
    const action = strict.length ? graph.edges.find((e) => e.source === r.pick(strict).nodeId) : undefined;
    if (action)
      refuse(
        { type: 'act', actionNodeId: action.target, userId: 'user-anna', reaction: { text: '  ', external: false } },
        'reactionRequired',
      );
  };

  apply({
    type: 'submit',
    item: {
      id: `item-${seed}`,
      workflowId: 'wf-random',
      version: 1,
      submitterUserId: 'user-eva',
      fields: randomFields(r),
    },
  });
  while (state!.status === 'running' && moves.length < MAX_MOVES) {
    if (r.chance(0.3)) tryInvalid(state!);
    const move = chooseMove(r, state!, graph, timers, now);
    if ('timer' in move) {
      // As the runtime does: a timer fires at or after its time, whatever became of its step.
      const [timer] = timers.splice(move.timer, 1);
      if (timer!.at > now) now = timer!.at;
      timersFired++;
      apply({ type: 'timer', nodeId: timer!.nodeId });
    } else if ('advance' in move) {
      moves.push(move);
      now = later(now, move.advance);
    } else apply(move.event);
  }

  // A finished item takes no further event and so emits nothing more.
  const final = state!;
  if (final.status !== 'running') {
    const frozen = JSON.stringify(final);
    for (const event of [
      { type: 'updateFields', fields: { amount: 1 } },
      { type: 'timer', nodeId: 'n0' },
      { type: 'cancel', userId: 'user-dirk' },
    ] satisfies EngineEvent[]) {
      try {
        step(final, event, graph, later(now, HOUR));
        fail(`a ${final.status} item accepted ${event.type}`);
      } catch (e) {
        if (!(e instanceof EngineError) || e.code !== 'notRunning') throw e;
      }
    }
    if (JSON.stringify(final) !== frozen) fail('a refused event changed the finished state');
  }
  return { moves, trace, final, timersFired };
}

/** The walk of one seed, twice: the same seed must give the same states and effects. */
function walkTwice(seed: number, label: string, graphOf: (r: Rng) => WorkflowGraph): Walk {
  const first = walk(seed, label, graphOf(new Rng(seed)), new Rng(seed * 7919 + 1));
  const second = walk(seed, label, graphOf(new Rng(seed)), new Rng(seed * 7919 + 1));
  if (JSON.stringify(first.trace) !== JSON.stringify(second.trace))
    throw new Error(reproduce(seed, label, first.moves, 'the same seed gave different states or effects'));
  return first;
}

describe('engine: random workflows', () => {
  it('generates only workflows that validation accepts', () => {
    const kinds = new Set<string>();
    for (const seed of SEEDS) {
      const graph = randomWorkflow(new Rng(seed));
      expect(findings(graph).map(describeFinding), `seed ${seed}: ${JSON.stringify(graph)}`).toEqual([]);
      for (const n of graph.nodes) kinds.add(n.kind === 'action' ? `${n.kind}:${n.mode}` : n.kind);
      expect(JSON.stringify(randomWorkflow(new Rng(seed)))).toBe(JSON.stringify(graph));
    }
    if (SEEDS.length > 1)
      expect([...kinds].sort()).toEqual([
        'action:automatic',
        'action:manual',
        'condition',
        'createTask',
        'end',
        'notify',
        'setField',
        'start',
        'task',
        'wait',
        'webhook',
      ]);
  });

  it('refuses a loop of automations without a task or wait spliced in outside the other loops', () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const r = new Rng(seed);
      const graph = withEndlessLoop(r, randomWorkflow(r), 'outsideLoops');
      if (!graph) continue;
      checked++;
      expect(
        findings(graph).map((f) => f.code),
        `seed ${seed}`,
      ).toContain('endlessCycle');
    }
    expect(checked).toBeGreaterThan(SEEDS.length / 2);
  });

  /** A loop of automations (c → f → c) inside a larger loop through task t. */
  const loopInLoop = () =>
    WorkflowGraph.parse({
      nodes: [
        { id: 's', kind: 'start', position: at },
        {
          id: 't',
          kind: 'task',
          position: at,
          title: 'Taak',
          destinations: [{ type: 'role', roleId: 'role-payroll' }],
        },
        { id: 'a', kind: 'action', position: at, label: 'Verder' },
        {
          id: 'c',
          kind: 'condition',
          position: at,
          title: 'Nog eens?',
          branches: [{ id: 'b', label: 'Altijd', condition: { always: true } }],
        },
        { id: 'f', kind: 'setField', position: at, field: 'teller', value: 1 },
      ],
      edges: [
        { id: '1', source: 's', target: 't' },
        { id: '2', source: 't', target: 'a' },
        { id: '3', source: 'a', target: 'c' },
        { id: '4', source: 'c', target: 'f', sourceHandle: 'b' },
        { id: '5', source: 'f', target: 'c' },
        { id: '6', source: 'c', target: 't', sourceHandle: 'default' },
      ],
    });

  it('stops an item in a loop of automations inside a larger loop with an error', () => {
    const graph = loopInLoop();
    const { state } = step(
      null,
      { type: 'submit', item: { id: 'i', workflowId: 'w', version: 1, fields: {} } },
      graph,
      T0,
    );
    const stopped = step(state, { type: 'act', actionNodeId: 'a', userId: 'user-anna' }, graph, T0);
    expect(stopped).toMatchObject({ state: { status: 'error', tasks: [], waits: [] }, effects: [] });
  });

  // Validation looks for loops with tasks and waits taken out, so it also finds this one.
  it('refuses a loop of automations inside a larger loop through a task', () => {
    expect(findings(loopInLoop()).map((f) => f.code)).toContain('endlessCycle');
  });
});

describe('engine: automatic actions that ping-pong', () => {
  const task = (id: string) => ({
    id,
    kind: 'task',
    position: at,
    title: `Taak ${id}`,
    destinations: [{ type: 'role', roleId: 'role-payroll' }],
  });
  const automatic = (id: string, condition: Condition, effects: Effect[] = []) => ({
    id,
    kind: 'action',
    position: at,
    label: `Auto ${id}`,
    mode: 'automatic',
    condition,
    effects,
  });
  const edges = (...pairs: [string, string][]) => pairs.map(([source, target], i) => ({ id: `e${i}`, source, target }));

  it('are a valid workflow, and the engine stops the item with an error instead of hanging', () => {
    const flip = (to: string): Effect[] => [{ type: 'setField', field: 'side', value: to }];
    const graphs = [
      {
        nodes: [
          { id: 's', kind: 'start', position: at },
          task('t1'),
          automatic('a1', { always: true }),
          task('t2'),
          automatic('a2', { always: true }),
        ],
        edges: edges(['s', 't1'], ['t1', 'a1'], ['a1', 't2'], ['t2', 'a2'], ['a2', 't1']),
      },
      {
        nodes: [
          { id: 's', kind: 'start', position: at },
          task('t1'),
          automatic(
            'a1',
            { join: 'and', rules: [{ field: 'side', operator: 'equals', value: 'links' }] },
            flip('rechts'),
          ),
          task('t2'),
          automatic(
            'a2',
            { join: 'and', rules: [{ field: 'side', operator: 'equals', value: 'rechts' }] },
            flip('links'),
          ),
          { id: 'm', kind: 'action', position: at, label: 'Klaar' },
          { id: 'e', kind: 'end', position: at },
        ],
        edges: edges(['s', 't1'], ['t1', 'a1'], ['a1', 't2'], ['t2', 'a2'], ['a2', 't1'], ['t1', 'm'], ['m', 'e']),
      },
    ].map((g) => WorkflowGraph.parse(g));
    for (const graph of graphs) {
      expect(findings(graph)).toEqual([]);
      const { state, effects } = step(
        null,
        { type: 'submit', item: { id: 'i', workflowId: 'w', version: 1, fields: { side: 'links' } } },
        graph,
        T0,
      );
      expect(state).toMatchObject({ status: 'error', tasks: [], waits: [] });
      expect(effects).toEqual([]);
      expect(state.error).toMatch(/loops/);
      expect(state.history.at(-1)?.kind).toBe('error');
    }
    // The second waits quietly while its condition does not hold, and spins once it does.
    const calm = step(
      null,
      { type: 'submit', item: { id: 'i', workflowId: 'w', version: 1, fields: { side: 'midden' } } },
      graphs[1]!,
      T0,
    );
    expect(calm.state.tasks.map((t) => t.nodeId)).toEqual(['t1']);
    expect(step(calm.state, { type: 'updateFields', fields: { side: 'rechts' } }, graphs[1]!, T0).state.status).toBe(
      'running',
    );
    expect(step(calm.state, { type: 'updateFields', fields: { side: 'links' } }, graphs[1]!, T0).state.status).toBe(
      'error',
    );
  });
});

describe('engine: random walks', () => {
  it('keeps every item running on a task or wait, or finished, with unique effects, purely and deterministically', () => {
    const ends: Record<ItemState['status'], number> = { running: 0, completed: 0, cancelled: 0, error: 0 };
    let timersFired = 0;
    let overdue = 0;
    let totalMoves = 0;
    for (const seed of SEEDS) {
      const result = walkTwice(seed, 'valid workflow', randomWorkflow);
      ends[result.final.status]++;
      timersFired += result.timersFired;
      totalMoves += result.moves.length;
      if (result.trace.some((t) => t.state.history.at(-1)?.kind === 'overdue')) overdue++;
      if (result.final.status === 'error')
        expect(
          result.final.error,
          reproduce(seed, 'valid workflow', result.moves, 'error without the loop message'),
        ).toMatch(/loops/);
    }
    // The walks must reach every outcome, or the generator has gone degenerate.
    if (SEEDS.length > 1) {
      expect(ends.completed).toBeGreaterThan(SEEDS.length / 4);
      expect(ends.running + ends.cancelled + ends.error).toBeGreaterThan(0);
      expect(ends.error, 'no walk ran into automatic actions that ping-pong').toBeGreaterThan(0);
      expect(timersFired).toBeGreaterThan(SEEDS.length / 4);
      expect(totalMoves).toBeGreaterThan(SEEDS.length * 4);
      expect(overdue).toBeGreaterThan(0);
    }
  });

  it('stops items in a workflow with an endless loop of automations with an error, never hanging', () => {
    // Fewer seeds: most of these walks end in a runaway step of a thousand node visits.
    const seeds = SEEDS.slice(0, 100);
    let stopped = 0;
    for (const seed of seeds) {
      const result = walkTwice(seed, 'endless loop', (r) => withEndlessLoop(r, randomWorkflow(r), 'anywhere', 0.9)!);
      if (result.final.status === 'error') stopped++;
    }
    if (seeds.length > 1) expect(stopped).toBeGreaterThan(seeds.length / 10);
  });
});
