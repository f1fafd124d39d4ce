import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { ApiClient } from '@shared/api';
import type { SimulationEvent, SimulationItem, SimulationResult } from '@shared/api/simulate-contract';
import type { EditorStore } from '../store';

export interface SimulationSetup {
  item: SimulationItem;
  /** The simulated start time; every replay uses it, so the same events give the same steps. */
  startAt: string;
}

/** Where the item is after the last step: its tasks and waits, else the step it ended or stopped at. */
export function currentNodes(result: SimulationResult): string[] {
  const last = result.steps.at(-1);
  if (!last) return [];
  if (last.nodeIds.length) return last.nodeIds;
  const ended = [...result.steps]
    .reverse()
    .flatMap((s) => [...s.history].reverse())
    .find((h) => (h.kind === 'completed' || h.kind === 'error') && h.nodeId);
  return ended?.nodeId ? [ended.nodeId] : [];
}

/**
 * A simulation of the editor's draft: the item, the events chosen so far and what the engine made
 * of them. Every change replays all events on the server (stateless, nothing sent or stored);
 * editing the draft replays them against the new draft.
 */
export function useSimulation(client: ApiClient, store: EditorStore, workflowId: string) {
  const [setup, setSetup] = useState<SimulationSetup | null>(null);
  const [events, setEvents] = useState<SimulationEvent[]>([]);
  const [result, setResult] = useState<SimulationResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** An event the engine refused: shown, not kept. */
  const [refused, setRefused] = useState<string | null>(null);
  /** The draft changed since the last replay (a replay is on its way, or failed). */
  const [stale, setStale] = useState(false);
  const [replayed, setReplayed] = useState(false);
  const revision = useStore(store, (s) => s.revision);
  const ranAt = useRef(revision);
  const calls = useRef(0);

  const run = useCallback(
    async (s: SimulationSetup, evs: SimulationEvent[]): Promise<SimulationResult | null> => {
      const mine = ++calls.current;
      ranAt.current = store.getState().revision;
      try {
        const r = await client.call('workflows.simulate', {
          workflowId,
          graph: store.getState().graph(),
          item: s.item,
          events: evs,
          startAt: s.startAt,
        });
        if (mine !== calls.current) return null;
        setError(null);
        setStale(ranAt.current !== store.getState().revision);
        return r;
      } catch (e) {
        if (mine === calls.current) {
          setError(e);
          setStale(true);
        }
        return null;
      }
    },
    [client, store, workflowId],
  );

  const show = useCallback(
    (r: SimulationResult) => {
      setResult(r);
      store.getState().setSimulated(currentNodes(r));
    },
    [store],
  );

  const start = useCallback(
    async (s: SimulationSetup) => {
      setSetup(s);
      setEvents([]);
      setRefused(null);
      setReplayed(false);
      const r = await run(s, []);
      if (r) show(r);
      return r;
    },
    [run, show],
  );

  /** Take one more event; one the engine refuses is reported and left out. */
  const push = useCallback(
    async (event: SimulationEvent) => {
      if (!setup) return null;
      const next = [...events, event];
      const r = await run(setup, next);
      if (!r) return null;
      const last = r.steps.at(-1);
      if (last?.error) {
        setRefused(last.error);
        return null;
      }
      setRefused(null);
      setReplayed(false);
      setEvents(next);
      show(r);
      return r;
    },
    [events, run, setup, show],
  );

  const back = useCallback(async () => {
    if (!setup || events.length === 0) return;
    const next = events.slice(0, -1);
    const r = await run(setup, next);
    if (!r) return;
    setRefused(null);
    setEvents(next);
    show(r);
  }, [events, run, setup, show]);

  const reset = useCallback(() => {
    calls.current++;
    setSetup(null);
    setEvents([]);
    setResult(null);
    setError(null);
    setRefused(null);
    setStale(false);
    store.getState().setSimulated([]);
  }, [store]);

  // Editing the draft replays the same events against it, a moment after the last change.
  useEffect(() => {
    if (!setup || revision === ranAt.current) return;
    setStale(true);
    const timer = setTimeout(() => {
      void run(setup, events).then((r) => {
        if (!r) return;
        setReplayed(true);
        show(r);
      });
    }, 400);
    return () => clearTimeout(timer);
  }, [events, revision, run, setup, show]);

  // Leaving the editor takes the highlight with it.
  useEffect(() => () => store.getState().setSimulated([]), [store]);

  return { setup, events, result, error, refused, stale, replayed, start, push, back, reset };
}

export type Simulation = ReturnType<typeof useSimulation>;
