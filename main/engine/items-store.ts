import type { StoreNotice } from '@shared/model/store-notice';
import {
  ItemCounter,
  ItemRecord,
  ItemTimer,
  ITEMS_SCHEMA_VERSION,
  ItemsSnapshot,
  PendingEffect,
} from '@shared/model/item';
import { parseDocument } from '@shared/model/parse';
import type { Clock } from '../clock';
import { InFlight } from '../in-flight';
import { encodeJson } from '../store/encode-json';
import { parseJson } from '../store/json-file-adapter';
import { IndexedTimerMap } from '../store/indexed-timer-map';
import { OwnerIndexedMap } from '../store/owner-indexed-map';
import { type Change, JournaledStore } from '../store/journaled-store';
import { type Migration, migrate } from '../store/migrations';
import { fingerprintOf, unchecked } from '../store/snapshot-seal';
import { ItemArchive } from './item-archive';

export const ITEMS_FILE = 'items.json';

interface Collections {
  items: ItemRecord;
  timers: ItemTimer;
  pending: PendingEffect;
  counters: ItemCounter;
}

/** One durable change of the runtime: an item's new state and what it leaves to do. */
export interface ItemChange {
  item?: ItemRecord;
  /** The item the change is about when `item` is not given (e.g. a pending effect done). */
  itemId?: string;
  addTimers?: ItemTimer[];
  removeTimers?: string[];
  addPending?: PendingEffect[];
  removePending?: string[];
  counter?: ItemCounter;
}

export interface ItemFilter {
  status?: ItemRecord['status'];
  keep?: (item: ItemRecord) => boolean;
  /** At most this many ended items from the archive (open items are always all listed). */
  archivedLimit?: number;
}

/** An item as people know it, `D-2026-0012 (Subject)`, from what a journal line holds (which may be damaged). */
const SealedItemsSnapshot = unchecked(ItemsSnapshot, ['items', 'timers', 'pending', 'counters']);
const fingerprint = fingerprintOf(ItemsSnapshot);

const itemName = (value: unknown): string | undefined => {
  const { number, subject } = (value ?? {}) as { number?: unknown; subject?: unknown };
  if (typeof number !== 'string') return undefined;
  return typeof subject === 'string' ? `${number} (${subject})` : number;
};

/** The items' journaled store, whose timers are indexed by item. */
type ItemsJournal = JournaledStore<Collections> & {
  readonly maps: JournaledStore<Collections>['maps'] & {
    readonly items: OwnerIndexedMap<ItemRecord>;
    readonly timers: IndexedTimerMap<ItemTimer>;
    readonly pending: OwnerIndexedMap<PendingEffect>;
  };
};

const ended = (item: ItemRecord) => item.status === 'completed' || item.status === 'cancelled';

/** Version 1 kept every item, timer and effect in one file; version 2 is a snapshot of open work with numbering counters. */
export const itemsMigrations: Migration[] = [
  {
    from: 1,
    up(data) {
      const items = (data.items ?? []) as { number?: string }[];
      const counters = new Map<string, number>();
      for (const item of items) {
        const [, year, n] = /^D-(\d{4})-(\d+)$/.exec(item.number ?? '') ?? [];
        if (year && n) counters.set(year, Math.max(counters.get(year) ?? 0, Number(n)));
      }
      const pending = (data.pending ?? []) as { effect?: { key?: unknown } }[];
      return {
        journalSeq: 0,
        items,
        timers: data.timers ?? [],
        pending: pending.map((p, i) => ({ key: typeof p.effect?.key === 'string' ? p.effect.key : `v1-${i}`, ...p })),
        counters: [...counters].map(([year, last]) => ({ year, last })),
      };
    },
  },
];

/**
 * Where the runtime keeps items: the open ones (running, in error, or ended with effects still to
 * carry out) in memory and in `items.json` + its journal, so an action costs a journal line; an
 * item that has ended and has nothing left to do moves to the monthly archive.
 */
export class ItemsStore {
  /** Moves to the archive under way: `idle` and `close` wait for them. */
  private readonly moves = new InFlight();

  private constructor(
    private readonly journal: ItemsJournal,
    private readonly archive: ItemArchive,
  ) {}

  static async open(dataDir: string, clock: Clock, lastRunClosed = false): Promise<ItemsStore> {
    const journal = (await JournaledStore.open<Collections>({
      dataDir,
      file: ITEMS_FILE,
      clock,
      lastRunClosed,
      fingerprint,
      decodeSnapshot: (text, sealed) => {
        const snapshot = parseDocument(
          sealed ? SealedItemsSnapshot : ItemsSnapshot,
          migrate(parseJson(text), itemsMigrations, ITEMS_SCHEMA_VERSION),
          'the items file',
        );
        const { journalSeq, schemaVersion: _v, ...records } = snapshot;
        return { journalSeq, records };
      },
      encodeSnapshot: ({ journalSeq, records }) => ({ schemaVersion: ITEMS_SCHEMA_VERSION, journalSeq, ...records }),
      decodeRecord: {
        items: (v) => ItemRecord.parse(v),
        timers: (v) => ItemTimer.parse(v),
        pending: (v) => PendingEffect.parse(v),
        counters: (v) => ItemCounter.parse(v),
      },
      keyOf: { items: (v) => v.id, timers: (v) => v.key, pending: (v) => v.key, counters: (v) => v.year },
      nameOf: { items: itemName },
      empty: () => ({ items: [], timers: [], pending: [], counters: [] }),
      // The timers know each item's keys and the earliest due, the items the runs of each record, and
      // the pending effects each item's, through every commit, replay and undo.
      mapOf: {
        items: () => new OwnerIndexedMap<ItemRecord>((item) => item.recordId),
        timers: () => new IndexedTimerMap<ItemTimer>((timer) => timer.itemId),
        pending: () => new OwnerIndexedMap<PendingEffect>((p) => p.itemId),
      },
    })) as ItemsJournal;
    const archive = new ItemArchive(dataDir, clock);
    await archive.check();
    const store = new ItemsStore(journal, archive);
    // Ended items whose move to the archive a crash interrupted.
    for (const item of [...journal.maps.items.values()]) if (store.settled(item)) await store.moveToArchive(item);
    return store;
  }

  /** What the start found wrong with the items' files, and what reading the archive found. */
  get notices(): StoreNotice[] {
    return [...this.journal.notices, ...this.archive.notices];
  }

  /** An open item (or one that ended moments ago and still has effects to carry out). */
  get(id: string): ItemRecord | undefined {
    return this.journal.maps.items.get(id);
  }

  /** An item wherever it is: open, or in the archive. */
  async find(id: string, sinceMonth?: string): Promise<ItemRecord | undefined> {
    return this.get(id) ?? (await this.archive.find(id, sinceMonth));
  }

  openItems(): IterableIterator<ItemRecord> {
    return this.journal.maps.items.values();
  }

  /** The open runs of a record (items started for it), without looking at the other items. */
  runsOf(recordId: string): ItemRecord[] {
    const items = this.journal.maps.items;
    return [...items.keysOf(recordId)].map((id) => items.get(id)!);
  }

  counts(): { openItems: number; timers: number } {
    return { openItems: this.journal.maps.items.size, timers: this.journal.maps.timers.size };
  }

  timers(): ItemTimer[] {
    return [...this.journal.maps.timers.values()];
  }

  /** The timers of one item. */
  timersOf(itemId: string): ItemTimer[] {
    return [...this.journal.maps.timers.keysOf(itemId)].flatMap((key) => this.journal.maps.timers.get(key) ?? []);
  }

  /** Whether any timer is due at `until` (an ISO time), without reading the timers when none is. */
  anyTimerDueBy(until: string): boolean {
    return this.journal.maps.timers.anyDueBy(until);
  }

  pending(): PendingEffect[] {
    return [...this.journal.maps.pending.values()];
  }

  /** One pending effect, by its key. */
  pendingEffect(key: string): PendingEffect | undefined {
    return this.journal.maps.pending.get(key);
  }

  /** Whether this effect is still to be carried out. */
  hasPending(key: string): boolean {
    return this.journal.maps.pending.has(key);
  }

  /** The next item number of a year; pass the returned counter in the change that creates the item. */
  nextNumber(year: string): ItemCounter {
    return { year, last: (this.journal.maps.counters.get(year)?.last ?? 0) + 1 };
  }

  /** Items oldest first: the open ones, and ended ones from the archive (newest, up to a limit). */
  async list({ status, keep = () => true, archivedLimit = 500 }: ItemFilter = {}): Promise<ItemRecord[]> {
    // The open items as they are now, before the archive is read: an item that moves to the archive
    // meanwhile is then in one of the two, and in both at most (which the ids settle).
    const all = [...this.openItems()];
    const open = all.filter((i) => (!status || i.status === status) && keep(i));
    if (status === 'running' || status === 'error') return open;
    const openIds = new Set(all.map((i) => i.id));
    const archived = await this.archive.list({
      keep: (i) => !openIds.has(i.id) && (!status || i.status === status) && keep(i),
      limit: archivedLimit,
    });
    return [...archived.reverse(), ...open];
  }

  /**
   * Apply a change in memory at once (so the next event sees it) and resolve once it is on disk.
   * An item that ended with nothing left to do then moves to the archive. That move is
   * housekeeping, so the change does not wait for it: until it is done the item is read from the
   * journal, and if it fails (a full disk) the change itself stands and the move is done again at
   * the next start.
   */
  async save(change: ItemChange): Promise<void> {
    const changes: Change<Collections>[] = [];
    // Encoded once, for the journal line and (when it ends now) the archive's.
    const json = change.item ? encodeJson(change.item) : undefined;
    if (change.item) changes.push({ collection: 'items', key: change.item.id, value: change.item, json });
    for (const t of change.addTimers ?? []) changes.push({ collection: 'timers', key: t.key, value: t });
    for (const key of change.removeTimers ?? []) changes.push({ collection: 'timers', key });
    for (const p of change.addPending ?? []) changes.push({ collection: 'pending', key: p.key, value: p });
    for (const key of change.removePending ?? []) changes.push({ collection: 'pending', key });
    if (change.counter) changes.push({ collection: 'counters', key: change.counter.year, value: change.counter });
    await this.journal.commit(changes);
    const item = change.item ?? (change.itemId ? this.get(change.itemId) : undefined);
    if (!item || !this.settled(item)) return;
    const encoded = item === change.item ? json : undefined;
    this.moves.add(
      this.moveToArchive(item, encoded).catch((e: unknown) => console.error(`archiving item ${item.id}`, e)),
    );
  }

  async idle(): Promise<void> {
    await this.moves.idle();
    await this.journal.idle();
  }

  async close(): Promise<void> {
    await this.idle();
    await this.journal.close();
    await this.archive.close();
  }

  private settled(item: ItemRecord): boolean {
    if (!ended(item)) return false;
    return this.journal.maps.pending.keysOf(item.id).size === 0;
  }

  /** Archive first, then drop from the journal: a crash in between leaves a duplicate the archive reads past, never a loss. */
  private async moveToArchive(item: ItemRecord, json?: string): Promise<void> {
    await this.archive.appendEncoded([{ record: item, json }]);
    if (this.get(item.id) !== item) return;
    const timers = this.timersOf(item.id).map((t) => ({ collection: 'timers' as const, key: t.key }));
    await this.journal.commit([{ collection: 'items', key: item.id }, ...timers]);
  }
}
