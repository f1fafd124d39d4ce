import { assertNever } from '@shared/assert-never';
import { officeCalendarOf } from '../calendar/office-calendar';
import { ApiError } from '@shared/api/errors';
import { fieldIssueMessages } from '@shared/fields/field-issues';
import { itemFieldIssues } from '@shared/fields/item-fields';
import { type ActedVia, EngineError, type EngineEffect, type EngineEvent, type ItemState, step } from '@shared/engine';
import { timerIsLive } from '@shared/engine/timers';
import { routeItem } from '@shared/workflow/item-route';
import { routeRefusal } from './route-refusal';
import type { ItemRecord, PendingEffect } from '@shared/model/item';
import type { ItemType } from '@shared/model/item-type';
import type { InboxEntry } from '@shared/model/record';
import { type Clock, isoTime } from '../clock';
import type { Outbox } from '../mail/outbox';
import type { Store } from '../store/store';
import { createBackgroundEffects } from './background-effects';
import { deliveryEffect } from './delivery';
import { webhookPending } from './webhook-call';
import type { CrmRecord } from '@shared/model/record';
import type { TriggerTimer } from '@shared/model/schedule';
import { renderEffect } from './effect-messages';
import { checkTaskForm } from './task-form-check';
import type { MessageWorld } from './message-world';
import type { TaskMailPort } from '../mail-actions/task-mail';
import { latestVersion, publishedGraph } from '@shared/workflow/queries';
import { cascadeOf, inboxEntries, itemNumber, recordWriteBack, runFields, runIdOf, syncedFields } from './record-runs';
import type { ItemChange, ItemFilter, ItemsStore } from './items-store';

export interface RuntimeDeps {
  store: Store;
  items: ItemsStore;
  outbox: Outbox;
  clock: Clock;
  newId: () => string;
  /** The ports this app listens on (its API): webhooks may never call them. */
  ownPorts?: () => number[];
  /** Where inbox messages go (notify steps with channel inbox or both). */
  inbox?: { add(entries: InboxEntry[]): Promise<void> };
  /** Whether a stored attachment file has this id (an attachment field's value must name one). */
  attachmentExists?: (id: string) => boolean;
  /** Make the CRM task of a "create task" step (once per effect); resolves with its title. */
  createTask?: (item: ItemRecord, effect: Extract<EngineEffect, { type: 'createTask' }>) => Promise<string>;
  /** A CRM record by id (the records store, then the Directory): what a record run's messages say about it. */
  recordOf?: (id: string) => CrmRecord | undefined;
  /** Links and a reply address in task mails (acting from the mail); none without it. */
  taskMail?: TaskMailPort;
  /** A record run changed fields (set field / status): written back to its record. */
  writeBack?: (
    recordId: string,
    fields: Record<string, unknown>,
    origin: { workflowId: string; depth: number },
  ) => Promise<void>;
}

/** What people know a new item by, beside the engine's state. */
type ItemMeta = Pick<ItemRecord, 'number' | 'subject' | 'payload' | 'recordId' | 'submittedByTokenId'>;

/** A new item's record: its id first (the archive finds lines by it), then its meta and the engine's state. */
function newRecord({ id, ...state }: ItemState, meta: ItemMeta, createdAt: string) {
  return { id, ...meta, createdAt, ...state };
}

/**
 * Runs items through their published workflow: each event goes through the pure engine, the new
 * state and the effects still to do are written in one durable write, then the effects are
 * carried out (messages into the outbox, timers into the timer list). After a crash, `resume`
 * carries out what was written but not done; an effect's key keeps a message from going twice.
 */
export function createRuntime(deps: RuntimeDeps) {
  const { store, items, outbox, clock, newId, inbox, createTask, writeBack, ownPorts } = deps;
  const recordOf = deps.recordOf ?? (() => undefined);
  const world: MessageWorld = {
    get db() {
      return store.data;
    },
    recordOf,
    ...(deps.taskMail ? { taskMail: deps.taskMail } : {}),
  };
  const now = isoTime(clock);
  const graphOf = (item: Pick<ItemRecord, 'workflowId' | 'version'>) => {
    const graph = publishedGraph(store.data.workflows, item.workflowId, item.version);
    if (!graph)
      throw new ApiError('conflict', `version ${item.version} of workflow ${item.workflowId} no longer exists`);
    return graph;
  };
  const find = (id: string) => {
    const item = items.get(id);
    if (!item) throw new ApiError('not_found', `There is no item with id "${id}".`);
    return item;
  };
  /** The issue of a user id (at `path`) that names no user of the Directory. */
  const unknownUser = (path: string, userId: string | undefined) => {
    const known = userId === undefined || store.data.directory.users.some((u) => u.id === userId);
    return known ? [] : [{ path, message: fieldIssueMessages.notUser }];
  };
  /** The issues of an item's fields against its type (`partial`: only the fields given). */
  const fieldContext = () => ({
    directory: store.data.directory,
    ...(deps.attachmentExists ? { attachment: deps.attachmentExists } : {}),
  });
  const fieldProblems = (type: ItemType | undefined, fields: Record<string, unknown>, partial = false) =>
    type ? itemFieldIssues(type, fields, fieldContext(), partial) : [];
  /** Effects being carried out now: a resume and an event must not both do one. */
  const underway = new Set<string>();
  /** Paused: timers wait and nothing is delivered; events people cause are still taken. */
  let paused = false;
  /** Deliveries and webhook calls: they run beside the clicks that caused them, never in their way. */
  const own = ownPorts ? { ownPorts } : {};
  const background = createBackgroundEffects({ world, store, items, outbox, clock, ...own, underway });

  /**
   * Effects written but not carried out because that failed (outbox.json could not be written…).
   * They stay written, so the request that caused them stands; the tick tries them again.
   */
  const stalled = new Set<string>();

  /** Carry out written effects; `checkOutbox` when they may have been done before a crash. Never rejects. */
  async function carryOut(pending: readonly PendingEffect[], checkOutbox: boolean): Promise<void> {
    for (const p of pending) {
      // Done meanwhile (by a tick, or the request that wrote it), or being done now.
      if (underway.has(p.key) || !items.hasPending(p.key)) continue;
      if (background.handles(p)) {
        if (!paused) background.start(p);
        continue;
      }
      underway.add(p.key);
      try {
        const effect = p.effect as EngineEffect;
        const item = items.get(p.itemId);
        const change: ItemChange = { itemId: p.itemId, removePending: [p.key] };
        // A retry checks the outbox too: the failure may have come after the message was written.
        const done = (checkOutbox || stalled.has(p.key)) && outbox.sentEffect(effect.key);
        if (item && effect.type === 'queueMessage') {
          const { channel, drafts, problem } = renderEffect(world, item, effect);
          if (channel !== 'inbox' && drafts.length && !done) await outbox.enqueue(drafts);
          // Inbox entries take their ids from the effect: adding them again after a crash adds nothing.
          if ((channel === 'inbox' || channel === 'both') && inbox)
            await inbox.add(inboxEntries(item, effect.key, drafts, now()));
          const latest = items.get(p.itemId);
          if (problem && latest)
            change.item = {
              ...latest,
              history: [
                ...latest.history,
                { at: now(), kind: 'error', nodeId: effect.nodeId, detail: `message not sent: ${problem}` },
              ],
            };
        }
        if (item?.recordId && p.effect.type === 'writeBack' && writeBack) {
          const problem = await writeBack(item.recordId, p.effect.fields as Record<string, unknown>, {
            workflowId: item.workflowId,
            depth: cascadeOf(item) + 1,
          }).then(
            () => null,
            (error: unknown) => (error instanceof Error ? error.message : String(error)),
          );
          const latest = items.get(p.itemId) ?? item;
          if (problem)
            change.item = {
              ...latest,
              history: [...latest.history, { at: now(), kind: 'error', detail: `record not changed: ${problem}` }],
            };
        }
        if (item && effect.type === 'createTask') {
          const outcome = createTask
            ? await createTask(item, effect).then(
                (title) => ({ ok: true, title }),
                (error: unknown) => ({ ok: false, title: error instanceof Error ? error.message : String(error) }),
              )
            : { ok: false, title: 'CRM tasks cannot be made here' };
          const latest = items.get(p.itemId) ?? item;
          change.item = {
            ...latest,
            history: [
              ...latest.history,
              {
                at: now(),
                kind: outcome.ok ? 'taskCreated' : 'error',
                nodeId: effect.nodeId,
                detail: outcome.ok ? outcome.title : `task not created: ${outcome.title}`,
              },
            ],
          };
        }
        await items.save(change);
        stalled.delete(p.key);
      } catch (error) {
        stalled.add(p.key);
        console.error(`${p.effect.type} of item ${p.itemId} could not be carried out yet; the tick tries again`, error);
      } finally {
        underway.delete(p.key);
      }
    }
  }

  /** `when`: the moment the event counts from (a timer that fires late counts from when it was due). */
  async function apply(
    item: ItemRecord | null,
    event: EngineEvent,
    meta?: ItemMeta,
    extra: Pick<ItemChange, 'counter' | 'removeTimers'> = {},
    when = now(),
  ): Promise<ItemRecord> {
    let result;
    try {
      result = step(
        item as ItemState | null,
        event,
        graphOf(item ?? (event as Extract<EngineEvent, { type: 'submit' }>).item),
        when,
        officeCalendarOf(store.data.settings.officeCalendar),
      );
    } catch (error) {
      if (error instanceof EngineError)
        throw new ApiError(
          error.code === 'notActive' || error.code === 'notRunning' ? 'conflict' : 'invalid_input',
          error.message,
        );
      throw error;
    }
    const at = now();
    // The step changes a copy of the record it is given, the fields it does not know of (number,
    // subject…) included: that copy is the new record. A new item gets them here, its id first.
    const record = (item ? result.state : newRecord(result.state, meta!, at)) as ItemRecord;
    record.updatedAt = at;
    // Spread last: adding keys after a spread is slow in Node 20's V8 (see step's submit).
    const change: ItemChange = { item: record, addTimers: [], addPending: [], ...extra };
    const delivery = deliveryEffect(store.data, item, record);
    if (delivery) {
      record.delivery = {
        via: store.data.itemTypes.find((t) => t.id === record.itemTypeId)!.connector!.type,
        status: 'pending',
        attempts: 0,
      };
      change.addPending!.push(delivery);
    }
    for (const effect of result.effects) {
      switch (effect.type) {
        case 'scheduleTimer':
          change.addTimers!.push({ key: effect.key, itemId: record.id, nodeId: effect.nodeId, at: effect.at });
          break;
        case 'queueMessage':
        case 'createTask':
          change.addPending!.push({ key: effect.key, itemId: record.id, effect: { ...effect } });
          break;
        case 'callWebhook': {
          const { pending, call } = webhookPending(record.id, effect);
          change.addPending!.push(pending);
          record.webhooks = [...(record.webhooks ?? []), call];
          break;
        }
        case 'itemCompleted':
          // Nothing to carry out: the item's state says it is completed, and its timers go below.
          break;
        default:
          assertNever(effect, 'effect');
      }
    }
    // Timers of steps the item is no longer at (a task left before its deadline, an item that ended)
    // go in the same write.
    const timers = items.timersOf(record.id);
    if (timers.length) {
      const added = new Set(change.addTimers!.map((t) => t.key));
      const stale = timers.filter((t) => !added.has(t.key) && !timerIsLive(record, t));
      if (stale.length)
        change.removeTimers = [...new Set([...(change.removeTimers ?? []), ...stale.map((t) => t.key)])];
    }
    // What the step set on a record run goes back to the record, carried out like any effect.
    const toRecord = recordWriteBack(item, record, event);
    if (toRecord)
      change.addPending!.push({
        key: `${record.id}:${record.seq}:writeBack`,
        itemId: record.id,
        effect: { type: 'writeBack', fields: toRecord },
      });
    await items.save(change);
    if (change.addPending!.length) await carryOut(change.addPending!, false);
    return items.get(record.id) ?? record;
  }

  return {
    /** Every item (open ones, and ended ones from the archive); who may see which is `Work`'s to say. */
    list: (filter: ItemFilter = {}) => items.list(filter),
    /** The open items (running, in error, or just ended), without reading the archive. */
    open: () => [...items.openItems()],
    /** An open item, or not_found. */
    find,
    async get(id: string): Promise<ItemRecord> {
      const item = await items.find(id);
      if (!item) throw new ApiError('not_found', `There is no item with id "${id}".`);
      return item;
    },

    /**
     * Refused before anything is written (no item number used) when a field does not fit the type
     * or the submitter is unknown.
     */
    submit(input: {
      itemTypeId: string;
      subject: string;
      fields: Record<string, unknown>;
      submitterUserId?: string;
      submittedByTokenId?: string;
      payload?: unknown;
    }): Promise<ItemRecord> {
      const type = store.data.itemTypes.find((t) => t.id === input.itemTypeId);
      if (!type) throw ApiError.because('not_found', 'notFound', { thing: 'itemType', id: input.itemTypeId });
      const issues = [...fieldProblems(type, input.fields), ...unknownUser('submitterUserId', input.submitterUserId)];
      if (issues.length) throw ApiError.invalidInput({ key: 'notSubmitted', params: { name: type.name } }, issues);
      const route = routeItem(type, input.fields, store.data.workflows);
      if (route.kind === 'refused') throw routeRefusal(type, route);
      const { workflow } = route;
      const version = latestVersion(workflow)!;
      const id = newId();
      const counter = items.nextNumber(String(clock.now().getUTCFullYear()));
      const number = itemNumber(counter);
      const event: EngineEvent = {
        type: 'submit',
        item: {
          id,
          workflowId: workflow.id,
          version: version.version,
          itemTypeId: type.id,
          ...(input.submitterUserId ? { submitterUserId: input.submitterUserId } : {}),
          fields: input.fields,
        },
      };
      const meta = {
        number,
        subject: input.subject,
        ...(input.payload !== undefined ? { payload: input.payload } : {}),
        ...(input.submittedByTokenId ? { submittedByTokenId: input.submittedByTokenId } : {}),
      };
      return apply(null, event, meta, { counter });
    },

    /**
     * Take an action of a task as `userId` (who may is `Work`'s to say), with the fields changed on
     * the task's form: checked against the form and the item type first, refused with nothing written.
     */
    act(
      item: ItemRecord,
      actionNodeId: string,
      userId: string,
      reaction?: { text: string; external: boolean },
      fields: Record<string, unknown> = {},
      via?: ActedVia,
    ) {
      const type = store.data.itemTypes.find((t) => t.id === item.itemTypeId);
      checkTaskForm({ graph: graphOf(item), item, actionNodeId, changes: fields, type, ctx: fieldContext() });
      const changed = Object.keys(fields).length ? { fields } : {};
      return apply(item, {
        type: 'act',
        actionNodeId,
        userId,
        ...(reaction ? { reaction } : {}),
        ...changed,
        ...(via ? { via } : {}),
      });
    },

    /** Change some fields of an item; each is checked against its item type first, as on submit. */
    updateFields(item: ItemRecord, fields: Record<string, unknown>, userId: string): Promise<ItemRecord> {
      const type = store.data.itemTypes.find((t) => t.id === item.itemTypeId);
      const issues = fieldProblems(type, fields, true);
      if (issues.length) throw ApiError.invalidInput(`The fields of ${item.number} cannot be changed`, issues);
      return apply(item, { type: 'updateFields', fields, userId });
    },

    /** A task manager's intervention (seed 002); `Work` checks that the event's user is the task manager. */
    intervene(
      item: ItemRecord,
      event: Extract<EngineEvent, { type: 'reassign' | 'moveTo' | 'cancel' }>,
    ): Promise<ItemRecord> {
      return apply(item, event);
    },

    /** Fire every timer that is due (a timer that fell due while the app was closed fires once now), and retry deliveries whose time came. */
    async tick(): Promise<number> {
      if (paused) return 0;
      await carryOut(
        items.pending().filter((p) => background.handles(p) || stalled.has(p.key)),
        false,
      );
      // A timer that fell due while the app was closed counts from when it was due, so a wait after it
      // keeps its place in time; one that thereby falls due too is fired in the same tick (a few rounds at most).
      let fired = 0;
      for (let round = 0; round < 10; round++) {
        const until = now();
        // Most ticks have nothing due: then the timers are not read at all.
        if (!items.anyTimerDueBy(until)) break;
        const due = items
          .timers()
          .filter((t) => t.at <= until)
          .sort((a, b) => a.at.localeCompare(b.at));
        if (!due.length) break;
        for (const timer of due) {
          const item = items.get(timer.itemId);
          // A timer of a step the item already left does nothing: it goes without a step of the engine.
          const change = { removeTimers: [timer.key] };
          const event = { type: 'timer' as const, nodeId: timer.nodeId };
          if (item && timerIsLive(item, timer)) await apply(item, event, undefined, change, timer.at);
          else await items.save({ itemId: timer.itemId, removeTimers: [timer.key] });
        }
        fired += due.length;
      }
      return fired;
    },

    /**
     * Start a run of a record-triggered workflow for a record (the scheduler's timer fell due).
     * Its id comes from the timer's key: a second start for the same key does nothing.
     */
    async startForRecord(timer: TriggerTimer, record: CrmRecord): Promise<ItemRecord | null> {
      const id = runIdOf(timer);
      // Started before a crash kept the ledger from noting it: it can only be in the months since the timer was armed.
      if (await items.find(id, timer.createdAt.slice(0, 7))) return null;
      const counter = items.nextNumber(String(clock.now().getUTCFullYear()));
      return apply(
        null,
        {
          type: 'submit',
          item: { id, workflowId: timer.workflowId, version: timer.version, fields: runFields(record, timer) },
        },
        { number: itemNumber(counter), subject: record.title, recordId: record.id },
        { counter },
      );
    },

    /** A record changed: its running runs see its new fields (waits and conditions read them). */
    async syncRecord(record: CrmRecord): Promise<void> {
      const runs = items.runsOf(record.id).map((i) => i.id);
      for (const id of runs) {
        // Read again: an event may have moved the run on while the one before was being written.
        const item = items.get(id);
        const fields = item?.status === 'running' ? syncedFields(item, record) : null;
        if (item && fields) await apply(item, { type: 'updateFields', fields });
      }
    },

    /** The records that running runs are about (to bring them up to date at start). */
    recordsOfRuns: () =>
      new Set([...items.openItems()].flatMap((i) => (i.recordId && i.status === 'running' ? [i.recordId] : []))),

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

    /** Resolves when no delivery is on its way and ended items are in the archive (tests; closing). */
    async idle(): Promise<void> {
      await background.idle();
      await items.idle();
    },
  };
}

export type Runtime = ReturnType<typeof createRuntime>;
