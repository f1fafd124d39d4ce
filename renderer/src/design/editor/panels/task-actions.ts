import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { EditorStore } from '../store';
import type { TaskAction } from './RequiredBeforePicker';

/**
 * The actions that hang off a task on the canvas now, by id and label, in the order of their
 * connections; none for another kind of step. Read as one string, so an unrelated edit re-renders nothing.
 */
export function useTaskActions(store: EditorStore, taskId: string | null): TaskAction[] {
  const key = useStore(store, (s) => {
    if (!taskId) return '[]';
    const actions = s.edges
      .filter((e) => e.source === taskId)
      .map((e) => s.nodes.find((n) => n.id === e.target)?.data.node)
      .flatMap((n) => (n?.kind === 'action' ? [{ id: n.id, label: n.label }] : []));
    return JSON.stringify(actions);
  });
  return useMemo(() => JSON.parse(key) as TaskAction[], [key]);
}
