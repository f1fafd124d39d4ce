import type { FlowEdge, FlowNode } from './flow';

export interface Snapshot {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

const LIMIT = 200;

/**
 * Undo/redo as snapshots of the (immutable) node and edge arrays: cheap, since unchanged nodes
 * are shared between snapshots. Edits of one field in a row (typing) share one step.
 */
export class History {
  private past: Snapshot[] = [];
  private future: Snapshot[] = [];
  private lastKey: string | null = null;
  private lastAt = 0;

  /** Remember `current` before a change. `key` groups a run of edits to one field within a second. */
  record(current: Snapshot, key: string | null = null, now = Date.now()): void {
    if (key !== null && key === this.lastKey && now - this.lastAt < 1000) {
      this.lastAt = now;
      return;
    }
    this.past.push(current);
    if (this.past.length > LIMIT) this.past.shift();
    this.future = [];
    this.lastKey = key;
    this.lastAt = now;
  }

  undo(current: Snapshot): Snapshot | null {
    const previous = this.past.pop();
    if (!previous) return null;
    this.future.push(current);
    this.lastKey = null;
    return previous;
  }

  redo(current: Snapshot): Snapshot | null {
    const next = this.future.pop();
    if (!next) return null;
    this.past.push(current);
    this.lastKey = null;
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }
}
