import { z } from 'zod';
import { Id, Text, Timestamp } from '../model/common';
import { MessageToKind } from '../model/message';
import { WorkflowGraph } from '../model/workflow';
import { TaskView } from './item-contract';
import { AddressChainStep } from './message-contract';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** One thing that happens to the simulated item, chosen in the editor. */
export const SimulationEvent = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('act'),
      actionNodeId: Id,
      userId: Id,
      reaction: z.object({ text: z.string().max(10_000), external: z.boolean().default(false) }).optional(),
    })
    .strict(),
  z
    .object({ type: z.literal('updateFields'), fields: z.record(z.string(), z.unknown()), userId: Id.optional() })
    .strict(),
  /** Fire the timer of a wait or a task's deadline: the simulated time jumps to it. */
  z.object({ type: z.literal('timer'), nodeId: Id }).strict(),
]);
export type SimulationEvent = z.infer<typeof SimulationEvent>;

/** The item to run: an existing item's data, or a sample. */
export const SimulationItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), itemId: Id }).strict(),
  z
    .object({
      kind: z.literal('sample'),
      itemTypeId: Id.optional(),
      subject: Text,
      fields: z.record(z.string(), z.unknown()).default({}),
      submitterUserId: Id.optional(),
    })
    .strict(),
]);
export type SimulationItem = z.infer<typeof SimulationItem>;

export const SimulatedMail = z.object({
  language: z.string(),
  subject: z.string(),
  to: z.object({
    kind: MessageToKind,
    id: z.string().optional(),
    name: z.string(),
    email: z.string().optional(),
    /** How the address was found (users: the fallback chain of DESIGN §4.2). */
    chain: z.array(AddressChainStep),
    external: z.boolean(),
  }),
  /** Why this one would not go out ("noAddress", "noConsent"). */
  skipReason: z.string().optional(),
});

/** A message the step would queue: its template, channel and one mail per recipient. */
export const SimulatedMessage = z.object({
  nodeId: z.string(),
  moment: z.enum(['start', 'enter', 'action', 'notify']),
  templateId: z.string().optional(),
  templateName: z.string().optional(),
  channel: z.enum(['email', 'inbox', 'both']).optional(),
  mails: z.array(SimulatedMail),
  /** Why nothing at all would go out (no template, no sender). */
  problem: z.string().optional(),
});
export type SimulatedMessage = z.infer<typeof SimulatedMessage>;

/** An effect other than a message, as the runtime would carry it out. */
export const SimulatedEffect = z.object({
  type: z.enum(['scheduleTimer', 'callWebhook', 'createTask', 'itemCompleted']),
  nodeId: z.string().optional(),
  at: z.string().optional(),
  method: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
  assigneeUserId: z.string().optional(),
  dueInDays: z.number().optional(),
});
export type SimulatedEffect = z.infer<typeof SimulatedEffect>;

export const SimulationStep = z.object({
  at: z.string(),
  event: z.union([z.object({ type: z.literal('submit') }), SimulationEvent]),
  /** The engine refused the event (not an active task, reaction missing…); the item stayed as it was. */
  error: z.string().optional(),
  status: z.enum(['running', 'completed', 'cancelled', 'error']),
  itemStatus: z.string().optional(),
  /** The nodes the item is at after the step (its tasks and waits). */
  nodeIds: z.array(z.string()),
  /** What happened in the step, as the item's history records it. */
  history: z.array(
    z.object({
      at: z.string(),
      kind: z.string(),
      nodeId: z.string().optional(),
      userId: z.string().optional(),
      detail: z.string().optional(),
    }),
  ),
  messages: z.array(SimulatedMessage),
  effects: z.array(SimulatedEffect),
});
export type SimulationStep = z.infer<typeof SimulationStep>;

export const SimulationResult = z.object({
  item: z.object({
    number: z.string(),
    subject: z.string(),
    itemTypeId: z.string().optional(),
    submitterUserId: z.string().optional(),
    fields: z.record(z.string(), z.unknown()),
  }),
  steps: z.array(SimulationStep),
  status: z.enum(['running', 'completed', 'cancelled', 'error']),
  itemStatus: z.string().optional(),
  /** Why the engine stopped the item (a loop without a task or wait). */
  error: z.string().optional(),
  fields: z.record(z.string(), z.unknown()),
  /** The simulated time after the last step. */
  now: z.string(),
  /** The tasks the item is in now, with their actions and the users who may take them. */
  tasks: z.array(TaskView.extend({ users: z.array(z.object({ id: z.string(), name: z.string() })) })),
  /** Timers that could fire next: waits and deadlines of open tasks. */
  timers: z.array(
    z.object({
      nodeId: z.string(),
      kind: z.enum(['wait', 'deadline', 'escalation']),
      at: z.string(),
      movedBy: z.array(z.string()).optional(),
    }),
  ),
});
export type SimulationResult = z.infer<typeof SimulationResult>;

/** Simulation in the editor: runs a draft with the engine, sends and stores nothing. */
export const simulateContract = {
  'workflows.simulate': method(
    z
      .object({
        workflowId: Id,
        graph: WorkflowGraph,
        item: SimulationItem,
        events: z.array(SimulationEvent).max(500, 'holds more than 500 steps'),
        /** The simulated time the item is submitted at; every replay uses the same, so it is deterministic. */
        startAt: Timestamp,
      })
      .strict(),
    SimulationResult,
  ),
} as const;
