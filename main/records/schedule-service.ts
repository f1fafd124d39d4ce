import type { ScheduleEntry } from '@shared/api/schedule-contract';
import type { DataSource } from '@shared/messages';
import { timerIsLive } from '@shared/engine/timers';
import { messagesFrom, type PlannedMessage } from '@shared/records/schedule';
import type { MessageWorld } from '../engine/message-world';
import { withSubjects } from './planned-subject';
import type { CrmRecord } from '@shared/model/record';
import type { ItemRecord, ItemTimer } from '@shared/model/item';
import type { Scheduler } from './scheduler';
import type { Caller } from '@shared/api/caller';
import type { ItemAccess } from '../engine/item-access';
import { publishedGraph, workflowById } from '@shared/workflow/queries';

/** What the schedule reads of the open items: their timers, and an item by id (the items store is one). */
export interface OpenItemTimers {
  timers(): readonly ItemTimer[];
  get(id: string): ItemRecord | undefined;
}

/**
 * Everything that will fire until a date: record-trigger timers (a run starts) and the waits and
 * deadlines of running items, each with the messages it will send and to whom as things stand —
 * "what goes out in the next 30 days?" before it happens.
 */
export function createScheduleService(
  world: MessageWorld,
  recordOf: (id: string) => CrmRecord | undefined,
  items: OpenItemTimers,
  scheduler: Pick<Scheduler, 'upcoming'>,
  access: Pick<ItemAccess, 'canSee' | 'seesComingRun'>,
) {
  const store = {
    get data() {
      return world.db;
    },
  };
  const languageOf = (workflowId: string) =>
    workflowById(store.data.workflows, workflowId)?.language ?? store.data.settings.language;
  /** The messages with the subject each would have now (none when the record is gone). */
  const planned = (workflowId: string, messages: PlannedMessage[], source: DataSource | undefined) =>
    source ? withSubjects(world, messages, source, languageOf(workflowId)) : messages;
  const graphOf = (workflowId: string, version: number) => publishedGraph(store.data.workflows, workflowId, version);
  const nameOf = (workflowId: string) => workflowById(store.data.workflows, workflowId)?.name ?? workflowId;
  return {
    /** What `caller` may see of it: confidential items and their workflows' runs only where they have a part. */
    upcoming(until: string, caller: Caller): ScheduleEntry[] {
      const entries: ScheduleEntry[] = [];
      // Only what can still fire: record timers that would start a run, item timers of steps the item is at.
      for (const timer of scheduler.upcoming(until)) {
        if (!access.seesComingRun(caller, timer.workflowId)) continue;
        const record = recordOf(timer.recordId);
        const graph = graphOf(timer.workflowId, timer.version);
        const start = graph?.nodes.find((n) => n.kind === 'start');
        const fields = {
          ...record?.fields,
          title: record?.title,
          entity: timer.entity,
          ...(timer.kind === 'reminder' ? { reminder: true } : {}),
        };
        entries.push({
          at: timer.at,
          kind: timer.kind,
          ...(timer.movedBy ? { movedBy: timer.movedBy } : {}),
          workflowId: timer.workflowId,
          workflowName: nameOf(timer.workflowId),
          recordId: timer.recordId,
          ...(record ? { recordTitle: record.title } : {}),
          entity: timer.entity,
          messages:
            graph && start
              ? planned(
                  timer.workflowId,
                  messagesFrom(store.data, graph, start.id, fields),
                  record && {
                    kind: 'record',
                    record,
                    reminder: timer.kind === 'reminder',
                  },
                )
              : [],
        });
      }
      for (const timer of items.timers()) {
        if (timer.at > until) continue;
        const item = items.get(timer.itemId);
        const graph = item && graphOf(item.workflowId, item.version);
        if (!item || !timerIsLive(item, timer) || !graph || !access.canSee(caller, item)) continue;
        const node = graph.nodes.find((n) => n.id === timer.nodeId);
        const record = item.recordId ? recordOf(item.recordId) : undefined;
        const movedBy =
          node?.kind === 'wait'
            ? item.waits.find((w) => w.nodeId === node.id)?.movedBy
            : item.tasks.find((t) => t.nodeId === timer.nodeId)?.dueMovedBy;
        entries.push({
          at: timer.at,
          kind:
            node?.kind === 'wait'
              ? 'wait'
              : item.tasks.some((t) => t.nodeId === timer.nodeId && t.escalateAt === timer.at)
                ? 'escalation'
                : 'deadline',
          ...(movedBy ? { movedBy } : {}),
          workflowId: item.workflowId,
          workflowName: nameOf(item.workflowId),
          itemId: item.id,
          itemNumber: item.number,
          ...(record ? { recordId: record.id, recordTitle: record.title, entity: record.entity } : {}),
          messages:
            node?.kind === 'wait'
              ? planned(item.workflowId, messagesFrom(store.data, graph, node.id, item.fields, item.submitterUserId), {
                  kind: 'item',
                  item,
                })
              : [],
        });
      }
      return entries.sort((a, b) => a.at.localeCompare(b.at));
    },
  };
}
export type ScheduleService = ReturnType<typeof createScheduleService>;
