import { z } from 'zod';
import { Id, Text } from './common';
import { Channel } from './template';
import { Condition } from './condition';
import { ActionRole, WebhookHeaders, WebhookUrl } from './item-type';
import { Addressee, MessageSetting } from './message-setting';
import { validationMessages as m } from './messages';
import { TaskFormField } from './task-form';
import { addWorkingDays, type OfficeCalendar, type Planned, simpleCalendar } from '../calendar/office-calendar';

/** Who a task is for. Each destination says whether the task shows in their task list. */
export const Destination = z.discriminatedUnion('type', [
  z.object({ type: z.literal('users'), userIds: z.array(Id), showInTaskList: z.boolean().default(true) }),
  z.object({ type: z.literal('role'), roleId: Id, showInTaskList: z.boolean().default(true) }),
  z.object({ type: z.literal('submitter'), showInTaskList: z.boolean().default(true) }),
  z.object({ type: z.literal('taskManager'), showInTaskList: z.boolean().default(true) }),
  z.object({ type: z.literal('userField'), field: z.string().min(1), showInTaskList: z.boolean().default(true) }),
]);
export type Destination = z.infer<typeof Destination>;

export const Duration = z.object({
  amount: z.number().int(m.wholeNumber).positive(m.positive),
  /** workingDays: counted in the office calendar (issue 16). */
  unit: z.enum(['minutes', 'hours', 'days', 'workingDays']),
});

export const Deadline = z.discriminatedUnion('type', [
  z.object({ type: z.literal('after'), ...Duration.shape }),
  z.object({ type: z.literal('dateField'), field: z.string().min(1) }),
]);

/**
 * What happens after a task's deadline (issue 16): at the deadline, optionally remind the task's
 * users; `after` that (days or working days), notify the task manager, reassign, or take one of
 * the task's automatic actions (e.g. "Verlopen" → a follow-up). Each happens once per visit.
 */
export const EscalationStep = z.discriminatedUnion('type', [
  z.object({ type: z.literal('notifyManager'), templateId: Id.optional() }),
  z.object({ type: z.literal('reassign'), userIds: z.array(Id).default([]) }),
  z.object({ type: z.literal('action'), actionNodeId: z.string().default('') }),
]);
export type EscalationStep = z.infer<typeof EscalationStep>;

export const Escalation = z.object({
  remindTemplateId: Id.optional(),
  after: z.object({
    amount: z.number().int(m.wholeNumber).positive(m.positive),
    unit: z.enum(['days', 'workingDays']),
  }),
  /** In this order, at the same moment: e.g. tell the manager and hand the task to someone else. */
  then: z.array(EscalationStep).min(1).max(3),
});
export type Escalation = z.infer<typeof Escalation>;

export const Effect = z.discriminatedUnion('type', [
  z.object({ type: z.literal('setStatus'), status: Text }),
  z.object({
    type: z.literal('setField'),
    field: z.string().min(1),
    value: z.union([z.string(), z.number(), z.boolean()]),
  }),
]);
export type Effect = z.infer<typeof Effect>;

export const RecordEntities = ['contact', 'organisation', 'deal', 'quoteRequest', 'project', 'task'] as const;
export const RecordEvents = [
  'created',
  'updated',
  'fieldChanged',
  'statusChangedTo',
  'taskExpired',
  'taskCompleted',
] as const;

/** What starts a workflow: an item of its type is submitted, or a record changes (DESIGN §4.3). */
export const Trigger = z.discriminatedUnion('type', [
  z.object({ type: z.literal('itemSubmitted') }),
  z.object({
    type: z.literal('record'),
    entity: z.enum(RecordEntities),
    event: z.enum(RecordEvents),
    field: z.string().optional(),
    value: z.string().optional(),
    onlyIf: Condition.optional(),
    delay: Duration.optional(),
    /** Run again this long after it fired, unless the status (or field) moved on meanwhile. */
    reminder: Duration.optional(),
  }),
]);
export type Trigger = z.infer<typeof Trigger>;
export type RecordTrigger = Extract<Trigger, { type: 'record' }>;
export type Duration = z.infer<typeof Duration>;

const UNIT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

/** Without an office calendar (tests, old callers): Monday to Friday in Amsterdam, no holidays. */
export const PLAIN_WEEK: OfficeCalendar = simpleCalendar({
  timeZone: 'Europe/Amsterdam',
  workingDays: [1, 2, 3, 4, 5],
  closed: () => undefined,
});

/** The moment a duration after `from` (an ISO time), and the closed days that moved it (working days only). */
export function planAfter(
  from: string,
  d: Pick<Duration, 'amount' | 'unit'>,
  calendar: OfficeCalendar = PLAIN_WEEK,
  userId?: string,
): Planned {
  if (d.unit === 'workingDays') return addWorkingDays(calendar, from, d.amount, userId);
  return { at: new Date(Date.parse(from) + d.amount * UNIT_MS[d.unit]).toISOString() };
}
/** The moment a duration after `from` (an ISO time). */
export const addDuration = (from: string, d: Pick<Duration, 'amount' | 'unit'>, calendar?: OfficeCalendar): string =>
  planAfter(from, d, calendar).at;

const base = { id: Id, position: z.object({ x: z.number(), y: z.number() }) };

export const StartNode = z.object({
  ...base,
  kind: z.literal('start'),
  trigger: Trigger.default({ type: 'itemSubmitted' }),
  message: MessageSetting.optional(),
});
export const TaskNode = z.object({
  ...base,
  kind: z.literal('task'),
  title: Text,
  destinations: z.array(Destination).default([]),
  deadline: Deadline.optional(),
  /** Only with a deadline: what happens after it (issue 16). */
  escalation: Escalation.optional(),
  reactionRequired: z.boolean().default(false),
  infoTask: z.boolean().default(false),
  message: MessageSetting.optional(),
  /** The item fields its form shows (read-only, editable, required before an action), in order. */
  form: z.array(TaskFormField).optional(),
});
export const ActionNode = z.object({
  ...base,
  kind: z.literal('action'),
  label: Text,
  role: ActionRole.default('complete'),
  mode: z.enum(['manual', 'automatic']).default('manual'),
  /** For automatic actions: fires as soon as this holds ("Always" fires on entry). */
  condition: Condition.optional(),
  message: MessageSetting.optional(),
  effects: z.array(Effect).default([]),
  /** Words a reply to the task mail may start with to take this action (issue 14); the role's words when none. */
  replyKeywords: z.array(z.string().trim().min(1).max(40)).max(10).optional(),
});
export const ConditionNode = z.object({
  ...base,
  kind: z.literal('condition'),
  title: Text,
  /** Ordered; the first that holds wins. Each branch leaves through the handle named by its id. */
  branches: z.array(z.object({ id: Id, label: Text, condition: Condition })),
});
export const NotifyNode = z.object({
  ...base,
  kind: z.literal('notify'),
  title: z.string().trim().max(200).optional(),
  channel: Channel.default('email'),
  to: z.array(Addressee).default([]),
  templateId: Id.optional(),
});
export const CreateTaskNode = z.object({
  ...base,
  kind: z.literal('createTask'),
  title: Text,
  taskType: z.string().trim().max(200).optional(),
  assigneeUserId: Id.optional(),
  dueInDays: z.number().int().min(0).optional(),
  /** What dueInDays counts: calendar days (the default) or working days of the office calendar. */
  dueUnit: z.enum(['days', 'workingDays']).optional(),
});
export const WebhookNode = z.object({
  ...base,
  kind: z.literal('webhook'),
  title: z.string().trim().max(200).optional(),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('POST'),
  url: WebhookUrl,
  /** Extra request headers (e.g. the receiver's authorization); Idempotency-Key is always the call's own. */
  headers: WebhookHeaders.default({}),
  /** A Handlebars template that renders the JSON body; field values are JSON-escaped. */
  bodyTemplate: z.string().max(100_000, m.tooLong).optional(),
  /** Seconds to wait for an answer, redirects included. */
  timeoutSeconds: z
    .number()
    .int(m.wholeNumber)
    .min(1, 'must be at least 1')
    .max(120, 'must be at most 120')
    .default(10),
  /** Further attempts after a failure that may pass (no connection, timeout, 408, 429, 5xx): after 1, 5, 30 minutes, then every 2 hours. */
  retries: z.number().int(m.wholeNumber).min(0, 'must not be negative').max(10, 'must be at most 10').default(3),
});
export const SetFieldNode = z.object({
  ...base,
  kind: z.literal('setField'),
  /** A field of the item or record; `status` and `stage` set those. */
  field: z.string().min(1),
  value: z.union([z.string(), z.number(), z.boolean()]),
});
export const WaitNode = z.object({
  ...base,
  kind: z.literal('wait'),
  title: z.string().trim().max(200).optional(),
  until: z.discriminatedUnion('type', [
    z.object({ type: z.literal('duration'), ...Duration.shape }),
    z.object({ type: z.literal('dateField'), field: z.string().min(1) }),
  ]),
});
export const EndNode = z.object({ ...base, kind: z.literal('end'), title: z.string().optional() });

export const WorkflowNode = z.discriminatedUnion('kind', [
  StartNode,
  TaskNode,
  ActionNode,
  ConditionNode,
  NotifyNode,
  CreateTaskNode,
  WebhookNode,
  SetFieldNode,
  WaitNode,
  EndNode,
]);
export type WorkflowNode = z.infer<typeof WorkflowNode>;
export type NodeOf<K extends WorkflowNode['kind']> = Extract<WorkflowNode, { kind: K }>;
export type NodeKind = WorkflowNode['kind'];
export const NodeKinds = WorkflowNode.options.map((o) => o.shape.kind.value) as NodeKind[];
