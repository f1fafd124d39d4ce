import { ApiError } from '../../shared/api/errors';
import { EngineError, type EngineEffect, type EngineEvent, type ItemState, step } from '../../shared/engine';
import type { ItemRecord, PendingEffect } from '../../shared/model/item';
import type { InboxEntry } from '../../shared/model/record';
import type { Clock } from '../clock';
import type { Outbox } from '../mail/outbox';
import type { OutboxStore } from '../mail/outbox-store';
import type { Store } from '../store/store';
import { createBackgroundEffects } from './background-effects';
import { deliveryEffect } from './delivery';
import { webhookPending } from './webhook-call';
import { createHash } from 'node:crypto';
import type { CrmRecord } from '../../shared/model/record';
import type { TriggerTimer } from '../../shared/model/schedule';
import { statusFieldOf } from '../../shared/records/fields';
import { renderEffect } from './effect-messages';
import type { ItemChange, ItemFilter, ItemsStore } from './items-store';
import { taskViews } from './task-views';

export interface RuntimeDeps {
  store: Store;
  items: ItemsStore;
  outbox: Outbox;
  outboxStore: OutboxStore;
  clock: Clock;
  newId: () => string;
  /** The ports this app listens on (its API): webhooks may never call them. */
  ownPorts?: () => number[];
  /** Where inbox messages go (notify steps with channel inbox or both). */
  inbox?: { add(entries: InboxEntry[]): Promise<void> };
  /** Make the CRM task of a "create task" step (once per effect); resolves with its title. */
  createTask?: (item: ItemRecord, effect: Extract<EngineEffect, { type: 'createTask' }>) => Promise<string>;
  /** A record run changed fields (set field / status): written back to its record. */
  writeBack?: (recordId: string, fields: Record<string, unknown>, workflowId: string) => Promise<void>;
}

/**
 * Runs items through their published workflow: each event goes through the pure engine, the new
 * state and the effects still to do are written in one durable write, then the effects are
 * carried out (messages into the outbox, timers into the timer list). After a crash, `resume`
 * carries out what was written but not done; an effect's key keeps a message from going twice.
 */
export function createRuntime({ store, items, outbox, outboxStore, clock, newId, inbox, createTask, writeBack, ownPorts }: RuntimeDeps) {
  const now = () => clock.now().toISOString();
  const graphOf = (item: Pick<ItemRecord, 'workflowId' | 'version'>) => {
    const graph = store.data.workflows.find((w) => w.id === item.workflowId)?.versions.find((v) => v.version === item.version)?.graph;
    if (!graph) throw new ApiError('conflict', `version ${item.version} of workflow ${item.workflowId} no longer exists`);
    return graph;
  };
  const find = (id: string) => {
    const item = items.get(id);
    if (!item) throw new ApiError('not_found', `There is no item with id "${id}".`);
    return item;
  };
  /** Effects being carried out now: a resume and an event must not both do one. */
  const underway = new Set<string>();
  /** Paused: timers wait and nothing is delivered; events people cause are still taken. */
  let paused = false;
  /** Deliveries and webhook calls: they run beside the clicks that caused them, never in their way. */
  const background = createBackgroundEffects({ store, items, outbox, outboxStore, clock, ...(ownPorts ? { ownPorts } : {}), underway });

  /** Carry out written effects; `checkOutbox` when they may have been done before a crash. */
  async function carryOut(pending: readonly PendingEffect[], checkOutbox: boolean): Promise<void> {
    for (const p of pending) {
      if (underway.has(p.key)) continue;
      if (background.handles(p)) {
        if (!paused) background.start(p);
        continue;
      }
      underway.add(p.key);
      try {
        const effect = p.effect as EngineEffect;
        const item = items.get(p.itemId);
        const change: ItemChange = { itemId: p.itemId, removePending: [p.key] };
        const done = checkOutbox && outbox.sentEffect(effect.key);
        if (item && effect.type === 'queueMessage' && !done) {
          const { channel, drafts, problem } = renderEffect(store.data, item, effect);
          if (channel !== 'inbox' && drafts.length) await outbox.enqueue(drafts);
          if ((channel === 'inbox' || channel === 'both') && inbox) await inbox.add(inboxEntries(item, effect.key, drafts));
          const latest = items.get(p.itemId);
          if (problem && latest) change.item = { ...latest, history: [...latest.history, { at: now(), kind: 'error', nodeId: effect.nodeId, detail: `message not sent: ${problem}` }] };
        }
        if (item && effect.type === 'createTask') {
          const outcome = createTask ? await createTask(item, effect).then((title) => ({ ok: true, title }), (error: unknown) => ({ ok: false, title: error instanceof Error ? error.message : String(error) })) : { ok: false, title: 'CRM tasks cannot be made here' };
          const latest = items.get(p.itemId) ?? item;
          change.item = { ...latest, history: [...latest.history, { at: now(), kind: outcome.ok ? 'taskCreated' : 'error', nodeId: effect.nodeId, detail: outcome.ok ? outcome.title : `task not created: ${outcome.title}` }] };
        }
        await items.save(change);
      } finally {
        underway.delete(p.key);
      }
    }
  }

  async function apply(item: ItemRecord | null, event: EngineEvent, meta?: Pick<ItemRecord, 'number' | 'subject' | 'payload' | 'recordId'>, extra: ItemChange = {}): Promise<ItemRecord> {
    let result;
    try {
      result = step(item as ItemState | null, event, graphOf(item ?? (event as Extract<EngineEvent, { type: 'submit' }>).item), now());
    } catch (error) {
      if (error instanceof EngineError) throw new ApiError(error.code === 'notActive' || error.code === 'notRunning' ? 'conflict' : 'invalid_input', error.message);
      throw error;
    }
    const at = now();
    const record: ItemRecord = { ...(item ?? { ...meta!, createdAt: at }), ...result.state, updatedAt: at } as ItemRecord;
    const change: ItemChange = { ...extra, item: record, addTimers: [], addPending: [] };
    const delivery = deliveryEffect(store.data, item, record);
    if (delivery) {
      record.delivery = { via: store.data.itemTypes.find((t) => t.id === record.itemTypeId)!.connector!.type, status: 'pending', attempts: 0 };
      change.addPending!.push(delivery);
    }
    for (const effect of result.effects) {
      if (effect.type === 'scheduleTimer') change.addTimers!.push({ key: effect.key, itemId: record.id, nodeId: effect.nodeId, at: effect.at });
      else if (effect.type === 'queueMessage') change.addPending!.push({ key: effect.key, itemId: record.id, effect: { ...effect } });
      else if (effect.type === 'callWebhook') {
        const { pending, call } = webhookPending(record.id, effect);
        change.addPending!.push(pending);
        record.webhooks = [...(record.webhooks ?? []), call];
      } else if (effect.type === 'createTask') change.addPending!.push({ key: effect.key, itemId: record.id, effect: { ...effect } });
    }
    await items.save(change);
    await carryOut(change.addPending!, false);
    if (record.recordId && writeBack) await writeBackChanges(item, record, event, writeBack);
    return items.get(record.id) ?? record;
  }

  /**
   * Set field / set status in a record run change the record itself (DESIGN §4.3: "set field /
   * stage / status"): what this step changed, not what the record itself just told the run.
   */
  async function writeBackChanges(before: ItemRecord | null, after: ItemRecord, event: EngineEvent, write: NonNullable<RuntimeDeps['writeBack']>): Promise<void> {
    const base = before?.fields ?? (event.type === 'submit' ? event.item.fields : {});
    const told = event.type === 'updateFields' ? event.fields : {};
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const fields = Object.fromEntries(Object.entries(after.fields).filter(([k, v]) => !same(v, base[k]) && !(k in told && same(told[k], v))));
    const entity = after.fields.entity as CrmRecord['entity'] | undefined;
    if (after.itemStatus && after.itemStatus !== before?.itemStatus && entity) fields[statusFieldOf(entity)] = after.itemStatus;
    if (Object.keys(fields).length) await write(after.recordId!, fields, after.workflowId);
  }

  /** One inbox entry per user a message reaches; its id comes from the effect, so doing it again adds nothing. */
  const inboxEntries = (item: ItemRecord, effectKey: string, drafts: ReturnType<typeof renderEffect>['drafts']): InboxEntry[] =>
    drafts.flatMap((d) =>
      d.to.kind === 'user' && d.to.id
        ? [{ id: `${effectKey}:${d.to.id}`, userId: d.to.id, at: now(), subject: d.subject, text: d.text, itemId: item.id, ...(item.recordId ? { recordId: item.recordId } : {}) }]
        : [],
    );

  /** Confidential items (by item type or workflow) show only to their task users, submitter and task manager. */
  const visibleTo = (item: ItemRecord, userId: string | undefined): boolean => {
    if (!userId) return true;
    const workflow = store.data.workflows.find((w) => w.id === item.workflowId);
    const confidential = workflow?.confidential || store.data.itemTypes.find((t) => t.id === item.itemTypeId)?.confidential;
    if (!confidential) return true;
    return item.submitterUserId === userId || workflow?.taskManagerUserId === userId || taskViews(store.data, item, userId).some((t) => t.mine);
  };

  return {
    /** Items a user may see (everyone's without `userId`): open ones, and ended ones from the archive. */
    list: (userId?: string, filter: ItemFilter = {}) => items.list({ ...filter, keep: (i) => visibleTo(i, userId) && (filter.keep?.(i) ?? true) }),
    /** The open items (running, in error, or just ended), without reading the archive. */
    open: () => [...items.openItems()],
    async get(id: string, userId?: string): Promise<ItemRecord> {
      const item = await items.find(id);
      if (!item) throw new ApiError('not_found', `There is no item with id "${id}".`);
      if (!visibleTo(item, userId)) throw new ApiError('forbidden', 'This item is confidential.');
      return item;
    },

    submit(input: { itemTypeId: string; subject: string; fields: Record<string, unknown>; submitterUserId?: string; payload?: unknown }): Promise<ItemRecord> {
      const type = store.data.itemTypes.find((t) => t.id === input.itemTypeId);
      if (!type) throw new ApiError('not_found', `There is no item type with id "${input.itemTypeId}".`);
      const workflow = store.data.workflows.find((w) => w.id === type.workflowId) ?? store.data.workflows.find((w) => w.itemTypeId === type.id && w.versions.length);
      const version = workflow?.versions.at(-1);
      if (!workflow || !version) throw new ApiError('conflict', `Item type “${type.name}” has no published workflow.`);
      const id = newId();
      const counter = items.nextNumber(String(clock.now().getUTCFullYear()));
      const number = `D-${counter.year}-${String(counter.last).padStart(4, '0')}`;
      const event: EngineEvent = { type: 'submit', item: { id, workflowId: workflow.id, version: version.version, itemTypeId: type.id, ...(input.submitterUserId ? { submitterUserId: input.submitterUserId } : {}), fields: input.fields } };
      return apply(null, event, { number, subject: input.subject, ...(input.payload !== undefined ? { payload: input.payload } : {}) }, { counter });
    },

    /** Take an action of a task; only its task users and the workflow's task manager may. */
    act(itemId: string, actionNodeId: string, userId: string, reaction?: { text: string; external: boolean }) {
      const item = find(itemId);
      const owner = taskViews(store.data, item, userId).find((t) => t.actions.some((a) => a.id === actionNodeId));
      // An action of no active task is the engine's to refuse, with its own message.
      if (owner && !owner.mine && !owner.manager) throw new ApiError('forbidden', 'This task is not yours: only its users and the task manager may act on it.');
      return apply(item, { type: 'act', actionNodeId, userId, ...(reaction ? { reaction } : {}) });
    },

    updateFields: (itemId: string, fields: Record<string, unknown>, userId?: string) => apply(find(itemId), { type: 'updateFields', fields, ...(userId ? { userId } : {}) }),

    /** A task manager's intervention (seed 002); only the workflow's task manager may. */
    intervene(itemId: string, event: Extract<EngineEvent, { type: 'reassign' | 'moveTo' | 'cancel' }>): Promise<ItemRecord> {
      const item = find(itemId);
      const manager = store.data.workflows.find((w) => w.id === item.workflowId)?.taskManagerUserId;
      if (!manager || manager !== event.userId) throw new ApiError('forbidden', 'Only the task manager of this workflow may intervene.');
      return apply(item, event);
    },

    /** Fire every timer that is due (a timer that fell due while the app was closed fires once now), and retry deliveries whose time came. */
    async tick(): Promise<number> {
      if (paused) return 0;
      await carryOut(items.pending().filter(background.handles), false);
      const until = now();
      const due = items.timers().filter((t) => t.at <= until);
      for (const timer of due) {
        const item = items.get(timer.itemId);
        if (item?.status === 'running') await apply(item, { type: 'timer', nodeId: timer.nodeId }, undefined, { removeTimers: [timer.key] });
        else await items.save({ itemId: timer.itemId, removeTimers: [timer.key] });
      }
      return due.length;
    },

    /**
     * Start a run of a record-triggered workflow for a record (the scheduler's timer fell due).
     * Its id comes from the timer's key: a second start for the same key does nothing.
     */
    async startForRecord(timer: TriggerTimer, record: CrmRecord): Promise<ItemRecord | null> {
      const id = `run-${createHash('sha256').update(timer.key).digest('hex').slice(0, 32)}`;
      if (await items.find(id)) return null;
      const counter = items.nextNumber(String(clock.now().getUTCFullYear()));
      const number = `D-${counter.year}-${String(counter.last).padStart(4, '0')}`;
      const fields = { ...record.fields, title: record.title, entity: record.entity, ...(timer.kind === 'reminder' ? { reminder: true } : {}) };
      return apply(null, { type: 'submit', item: { id, workflowId: timer.workflowId, version: timer.version, fields } }, { number, subject: record.title, recordId: record.id }, { counter });
    },

    /** A record changed: its running runs see its new fields (waits and conditions read them). */
    async syncRecord(record: CrmRecord): Promise<void> {
      for (const item of [...items.openItems()]) {
        if (item.recordId !== record.id || item.status !== 'running') continue;
        // A field the record no longer has is empty for the run too.
        const gone = Object.keys(item.fields).filter((k) => !(k in record.fields) && !['title', 'entity', 'reminder'].includes(k));
        const fields = { ...Object.fromEntries(gone.map((k) => [k, null])), ...record.fields, title: record.title };
        const changed = Object.entries(fields).some(([k, v]) => JSON.stringify(item.fields[k]) !== JSON.stringify(v));
        if (changed) await apply(item, { type: 'updateFields', fields });
      }
    },

    /** After a start: carry out what was written but not done (the outbox says what was). */
    resume: () => carryOut(items.pending(), true),

    get paused() {
      return paused;
    },
    /** Pause or resume timers and deliveries; resuming catches up with what fell due meanwhile. */
    async setPaused(value: boolean): Promise<void> {
      paused = value;
      if (!paused) await this.tick();
    },
    counts: () => items.counts(),

    /** Resolves when no delivery is on its way (tests; closing). */
    async idle(): Promise<void> {
      await background.idle();
    },
  };
}

export type Runtime = ReturnType<typeof createRuntime>;
