import type { WorkflowGraph } from '../model/workflow';
import { DEFAULT_BRANCH, GraphIndex } from './graph';

export interface ConnectionAttempt {
  source: string;
  target: string;
  sourceHandle?: string | null;
}

export type ConnectionProblem =
  | 'unknownNode'
  | 'selfLoop'
  | 'intoStart'
  | 'fromEnd'
  | 'taskOnlyToActions'
  | 'actionOnlyFromTask'
  | 'actionHasTask'
  | 'handleInUse'
  | 'unknownBranch';

/**
 * Why a connection may not be drawn, or null when it may: tasks lead only to their actions, an
 * action hangs off exactly one task and has one follow-up, each condition branch (and the
 * default) leads to one step, and nothing leads into a start or out of an end.
 */
export function connectionProblem(
  graph: WorkflowGraph | GraphIndex,
  attempt: ConnectionAttempt,
): ConnectionProblem | null {
  const index = graph instanceof GraphIndex ? graph : new GraphIndex(graph);
  const source = index.byId.get(attempt.source);
  const target = index.byId.get(attempt.target);
  if (!source || !target) return 'unknownNode';
  if (source.id === target.id) return 'selfLoop';
  if (target.kind === 'start') return 'intoStart';
  if (source.kind === 'end') return 'fromEnd';
  if (source.kind === 'task') {
    if (target.kind !== 'action') return 'taskOnlyToActions';
    return index.taskOf(target.id) ? 'actionHasTask' : null;
  }
  if (target.kind === 'action') return 'actionOnlyFromTask';
  const handle = attempt.sourceHandle ?? undefined;
  if (source.kind === 'condition') {
    const known = handle === DEFAULT_BRANCH || source.branches.some((b) => b.id === handle);
    if (!known) return 'unknownBranch';
    return index.outgoing(source.id).some((e) => e.sourceHandle === handle) ? 'handleInUse' : null;
  }
  return index.outgoing(source.id).length > 0 ? 'handleInUse' : null;
}
