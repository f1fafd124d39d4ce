import type { WorkflowEdge, WorkflowGraph } from '../model/workflow';
import type { NodeKind, WorkflowNode } from '../model/workflow-nodes';

/** The handle of a condition node's default branch. */
export const DEFAULT_BRANCH = 'default';

/** Kinds that run without people and lead on to one next step. */
export const automationKinds: readonly NodeKind[] = ['notify', 'createTask', 'webhook', 'setField', 'wait'];

const indexes = new WeakMap<
  WorkflowGraph,
  { index: GraphIndex; nodes: unknown; edges: unknown; nodeCount: number; edgeCount: number }
>();

/** Lookups over a graph, built once per validation or connection check (or per graph, see `of`). */
export class GraphIndex {
  readonly byId = new Map<string, WorkflowNode>();
  readonly out = new Map<string, WorkflowEdge[]>();
  readonly in = new Map<string, WorkflowEdge[]>();

  /**
   * The index of a graph, made once per graph and kept while its node and edge lists are the same
   * arrays of the same length (a published version never changes; an edited draft gets new lists).
   */
  static of(graph: WorkflowGraph): GraphIndex {
    const kept = indexes.get(graph);
    if (
      kept &&
      kept.nodes === graph.nodes &&
      kept.edges === graph.edges &&
      kept.nodeCount === graph.nodes.length &&
      kept.edgeCount === graph.edges.length
    )
      return kept.index;
    const index = new GraphIndex(graph);
    indexes.set(graph, {
      index,
      nodes: graph.nodes,
      edges: graph.edges,
      nodeCount: graph.nodes.length,
      edgeCount: graph.edges.length,
    });
    return index;
  }

  constructor(readonly graph: WorkflowGraph) {
    for (const node of graph.nodes) {
      this.byId.set(node.id, node);
      this.out.set(node.id, []);
      this.in.set(node.id, []);
    }
    for (const edge of graph.edges) {
      if (!this.byId.has(edge.source) || !this.byId.has(edge.target)) continue;
      this.out.get(edge.source)!.push(edge);
      this.in.get(edge.target)!.push(edge);
    }
  }

  outgoing(id: string): WorkflowEdge[] {
    return this.out.get(id) ?? [];
  }

  incoming(id: string): WorkflowEdge[] {
    return this.in.get(id) ?? [];
  }

  /** The actions that hang off a task. */
  actionsOf(taskId: string): Extract<WorkflowNode, { kind: 'action' }>[] {
    return this.outgoing(taskId)
      .map((e) => this.byId.get(e.target))
      .filter((n): n is Extract<WorkflowNode, { kind: 'action' }> => n?.kind === 'action');
  }

  /** The task an action hangs off, if any. */
  taskOf(actionId: string): Extract<WorkflowNode, { kind: 'task' }> | undefined {
    for (const e of this.incoming(actionId)) {
      const source = this.byId.get(e.source);
      if (source?.kind === 'task') return source;
    }
    return undefined;
  }

  /** Every node reachable from `startId` along the edges. */
  reachableFrom(startId: string): Set<string> {
    const seen = new Set<string>([startId]);
    const stack = [startId];
    while (stack.length) {
      for (const e of this.outgoing(stack.pop()!)) {
        if (!seen.has(e.target)) {
          seen.add(e.target);
          stack.push(e.target);
        }
      }
    }
    return seen;
  }

  /** Strongly connected components that contain a cycle (Tarjan, iterative). */
  cycles(): string[][] {
    let index = 0;
    const indices = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    const found: string[][] = [];
    for (const root of this.byId.keys()) {
      if (indices.has(root)) continue;
      const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
      indices.set(root, index);
      low.set(root, index++);
      stack.push(root);
      onStack.add(root);
      while (work.length) {
        const frame = work[work.length - 1]!;
        const edges = this.outgoing(frame.id);
        if (frame.next < edges.length) {
          const target = edges[frame.next++]!.target;
          if (!indices.has(target)) {
            indices.set(target, index);
            low.set(target, index++);
            stack.push(target);
            onStack.add(target);
            work.push({ id: target, next: 0 });
          } else if (onStack.has(target)) {
            low.set(frame.id, Math.min(low.get(frame.id)!, indices.get(target)!));
          }
          continue;
        }
        work.pop();
        const parent = work[work.length - 1];
        if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
        if (low.get(frame.id) === indices.get(frame.id)) {
          const component: string[] = [];
          let member: string;
          do {
            member = stack.pop()!;
            onStack.delete(member);
            component.push(member);
          } while (member !== frame.id);
          const selfLoop = component.length === 1 && edges.some((e) => e.target === frame.id);
          if (component.length > 1 || selfLoop) found.push(component.reverse());
        }
      }
    }
    return found;
  }
}
