import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '@shared/api';
import { WorkflowGraph } from '@shared/model/workflow';
import type { EditorStore } from './store';

export type SaveState =
  | { status: 'saved'; at?: string }
  | { status: 'unsaved' }
  | { status: 'saving' }
  | { status: 'invalid' }
  | { status: 'failed'; message: string };

const journalKey = (id: string) => `stroomlijn.draft.${id}`;

/** A draft that was changed but perhaps not saved (the renderer may have crashed in between). */
export function readJournal(id: string, storage: Storage = localStorage): WorkflowGraph | null {
  try {
    const parsed = WorkflowGraph.safeParse(JSON.parse(storage.getItem(journalKey(id)) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const DELAY = 700;

/**
 * Saves the draft a moment after each change. Every change is first written to localStorage
 * (synchronously), so a reload or a renderer crash before the save loses nothing: the editor
 * finds the journal when it opens and saves it. Returns the state and a `flush` for publish.
 */
export function useAutosave(store: EditorStore, workflowId: string, client: ApiClient, savedAt?: string) {
  const [state, setState] = useState<SaveState>({ status: 'saved', at: savedAt });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const savedRevision = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);

  const save = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { revision, readOnly } = store.getState();
    if (readOnly || revision === savedRevision.current) return;
    const parsed = WorkflowGraph.safeParse(store.getState().graph());
    if (!parsed.success) {
      setState({ status: 'invalid' });
      return;
    }
    setState({ status: 'saving' });
    try {
      const { draftSavedAt } = await client.call('workflows.saveDraft', { id: workflowId, graph: parsed.data });
      savedRevision.current = revision;
      if (store.getState().revision === revision) {
        localStorage.removeItem(journalKey(workflowId));
        setState({ status: 'saved', at: draftSavedAt });
      } else setState({ status: 'unsaved' });
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [client, store, workflowId]);

  const flush = useCallback(async () => {
    await inFlight.current;
    inFlight.current = save();
    await inFlight.current;
  }, [save]);

  useEffect(() => {
    let last = store.getState().revision;
    if (last > 0) void flush();
    const unsubscribe = store.subscribe((s) => {
      if (s.revision === last) return;
      last = s.revision;
      localStorage.setItem(journalKey(workflowId), JSON.stringify(s.graph()));
      setState({ status: 'unsaved' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY);
    });
    const beforeUnload = () => void save();
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      unsubscribe();
      window.removeEventListener('beforeunload', beforeUnload);
      void save();
    };
  }, [flush, save, store, workflowId]);

  return { state, flush };
}
