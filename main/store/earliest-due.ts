/** A pending timer as a store holds it: due at `at` (an ISO time). */
export interface DueAt {
  readonly at: string;
}

interface Entry<T> {
  key: string;
  timer: T;
}

/**
 * The earliest timer of a map of pending timers, kept in a min-heap ordered by `at`. A set pushes
 * the timer; a deleted or replaced timer stays in the heap and is dropped once it comes to the top
 * (it is stale when the map no longer holds that very timer under its key). A change costs
 * O(log n), and asking O(1) but for the stale tops it drops. (Scanning every timer whenever the
 * earliest one left cost O(n) each time: with many timers due at the same moment, that is nearly
 * every change of one of them.) Once stale entries outnumber the live ones, the heap is built
 * again from the map.
 */
export class EarliestDue<T extends DueAt> {
  private heap: Entry<T>[] = [];

  constructor(private readonly timers: ReadonlyMap<string, T>) {
    this.rebuild();
  }

  add(key: string, timer: T): void {
    if (this.heap.length >= 2 * this.timers.size + 64) {
      this.rebuild();
      return;
    }
    this.heap.push({ key, timer });
    this.up(this.heap.length - 1);
  }

  /** When the earliest timer is due (an ISO time), or null when there is none. */
  earliest(): string | null {
    const heap = this.heap;
    while (heap.length && this.timers.get(heap[0]!.key) !== heap[0]!.timer) this.pop();
    return heap[0]?.timer.at ?? null;
  }

  /** Every timer the map holds, heaped at once (O(n)). */
  private rebuild(): void {
    this.heap = Array.from(this.timers, ([key, timer]) => ({ key, timer }));
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.down(i);
  }

  private pop(): void {
    const last = this.heap.pop()!;
    if (!this.heap.length) return;
    this.heap[0] = last;
    this.down(0);
  }

  private up(i: number): void {
    const heap = this.heap;
    const entry = heap[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]!.timer.at <= entry.timer.at) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = entry;
  }

  private down(i: number): void {
    const heap = this.heap;
    const entry = heap[i]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && heap[child + 1]!.timer.at < heap[child]!.timer.at) child++;
      if (heap[child]!.timer.at >= entry.timer.at) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = entry;
  }
}
