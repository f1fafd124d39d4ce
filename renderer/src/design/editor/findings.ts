import { useDeferredValue, useMemo } from 'react';
import { useStore } from 'zustand';
import { WorkflowGraph } from '@shared/model/workflow';
import type { Workflow } from '@shared/model/workflow';
import { formatPath } from '@shared/model/parse';
import { type Finding, validateWorkflow } from '@shared/workflow';
import type { EditorLookups } from './context';
import { toGraph } from './flow';
import type { EditorStore } from './store';

/** A setting that breaks the model (an empty title, say): reported like a finding, and it blocks saving. */
export interface SettingProblem {
  severity: 'error';
  code: 'invalidSetting';
  nodeId?: string;
  params: { path: string; message: string };
}

export type EditorFinding = Finding | SettingProblem;

const none: never[] = [];

/** Findings of the draft as it is on the canvas, recomputed (deferred) as the user edits. */
export function useFindings(store: EditorStore, workflow: Workflow, lookups: EditorLookups): EditorFinding[] {
  // Deferred, and empty on the first render, so opening a big workflow draws the canvas first.
  const nodes = useDeferredValue(
    useStore(store, (s) => s.nodes),
    none,
  );
  const edges = useDeferredValue(
    useStore(store, (s) => s.edges),
    none,
  );
  return useMemo(() => {
    if (nodes === none) return [];
    const graph = toGraph(nodes, edges);
    const parsed = WorkflowGraph.safeParse(graph);
    const problems: SettingProblem[] = parsed.success
      ? []
      : parsed.error.issues.map((issue) => {
          const index = issue.path[0] === 'nodes' && typeof issue.path[1] === 'number' ? issue.path[1] : -1;
          return {
            severity: 'error',
            code: 'invalidSetting',
            nodeId: graph.nodes[index]?.id,
            params: { path: formatPath(issue.path.slice(index >= 0 ? 2 : 0)), message: issue.message },
          };
        });
    return [...problems, ...validateWorkflow({ ...workflow, graph }, lookups)];
  }, [nodes, edges, workflow, lookups]);
}
