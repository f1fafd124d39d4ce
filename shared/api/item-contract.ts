import { z } from 'zod';
import { Id, Text } from '../model/common';
import { ItemRecord } from '../model/item';
import { TaskFormField } from '../model/task-form';
import { Attachment } from '../model/template';
import { PageInput } from './page-input';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const TaskView = z.object({
  itemId: Id,
  number: z.string(),
  subject: z.string(),
  taskNodeId: z.string(),
  title: z.string(),
  enteredAt: z.string(),
  dueAt: z.string().optional(),
  /** The holidays/closing days that moved dueAt (a deadline in working days; issue 16). */
  dueMovedBy: z.array(z.string()).optional(),
  overdue: z.boolean(),
  reactionRequired: z.boolean(),
  /** Whether the user asking is the workflow's task manager (may intervene). */
  manager: z.boolean().default(false),
  /** Whether the user asking is one of the task's users (may act). */
  mine: z.boolean().default(false),
  /** The tasks of the workflow an item can be moved to (for the task manager). */
  moveTargets: z.array(z.object({ id: z.string(), title: z.string() })).default([]),
  actions: z.array(
    z.object({ id: z.string(), label: z.string(), role: z.string(), mode: z.enum(['manual', 'automatic']) }),
  ),
  /** The item fields the task's form shows, read-only, editable or required before an action. */
  form: z.array(TaskFormField).default([]),
});
export type TaskView = z.infer<typeof TaskView>;

export const ItemDetail = ItemRecord.extend({
  currentTasks: z.array(TaskView),
  /** What the steps of the item's workflow version are called (the history names them). */
  stepNames: z.record(z.string(), z.string()).default({}),
});
export const Reaction = ItemRecord.shape.reactions.element;

/** The largest file an attachment field takes (8 MB), and its base64 text. */
export const ITEM_ATTACHMENT_MAX_BYTES = 8 * 1024 * 1024;
const base64Text = z
  .string()
  .max(Math.ceil(ITEM_ATTACHMENT_MAX_BYTES / 3) * 4, 'is larger than 8 MB')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64');

/** Items running through published workflows (the engine's runtime). */
export const itemContract = {
  'items.submit': method(
    z
      .object({
        itemTypeId: Id,
        subject: Text,
        fields: z.record(z.string(), z.unknown()).default({}),
        submitterUserId: Id.optional(),
        /** Approval messages: what the other application wants approved (any JSON), delivered through the item type's connector once approved. */
        payload: z.unknown().optional(),
      })
      .strict(),
    ItemRecord,
  ),
  /** A confidential item is only shown to its task users, its submitter and the task manager. */
  'items.get': method(z.object({ id: Id }).strict(), ItemRecord),
  'items.list': method(
    z
      .object({
        status: z.enum(['running', 'completed', 'cancelled', 'error']).optional(),
        itemTypeId: Id.optional(),
        workflowId: Id.optional(),
        submitterUserId: Id.optional(),
        /** Only this page, ordered by (createdAt, id), oldest first (the API v1 pages /items with it). */
        page: PageInput.optional(),
      })
      .strict(),
    z.array(ItemRecord),
  ),
  /** An item with the tasks it is in now (items.get + tasks.ofItem in one answer). */
  'items.detail': method(z.object({ id: Id }).strict(), ItemDetail),
  /** An item's reactions; `external: true` keeps only those portal users see. */
  'items.reactions': method(z.object({ itemId: Id, external: z.boolean().optional() }).strict(), z.array(Reaction)),
  /** Task manager interventions; refused for anyone but the workflow's task manager (the caller). */
  'items.intervene': method(
    z.discriminatedUnion('type', [
      z
        .object({
          type: z.literal('reassign'),
          itemId: Id,
          taskNodeId: Id,
          userIds: z.array(Id).min(1, 'names nobody'),
        })
        .strict(),
      z.object({ type: z.literal('moveTo'), itemId: Id, taskNodeId: Id }).strict(),
      z.object({ type: z.literal('cancel'), itemId: Id, reason: z.string().max(2000).optional() }).strict(),
    ]),
    ItemRecord,
  ),
  'items.act': method(
    z
      .object({
        itemId: Id,
        actionNodeId: Id,
        reaction: z.object({ text: z.string().max(10_000), external: z.boolean().default(false) }).optional(),
        /** Fields changed on the task's form: only those it lets change; checked as the item type checks them. */
        fields: z.record(z.string(), z.unknown()).optional(),
      })
      .strict(),
    ItemRecord,
  ),
  /** The caller's tasks: destinations that name them and show the task in the task list. */
  'tasks.mine': method(z.object({}).strict(), z.array(TaskView)),
  /** The tasks an item is in now, with their actions. */
  'tasks.ofItem': method(z.object({ itemId: Id }).strict(), z.array(TaskView)),
  /**
   * Store a file for an item's attachment field: for a new item (no itemId) by whoever submits it,
   * for an item by an administrator, its submitter, a user of its tasks or its task manager.
   */
  'items.addAttachment': method(
    z
      .object({
        itemId: Id.optional(),
        name: z.string().trim().min(1).max(200),
        contentType: z.string().max(200).default('application/octet-stream'),
        base64: base64Text,
      })
      .strict(),
    Attachment,
  ),
  /** A file an attachment field of the item holds, for those who may see the item. */
  'items.attachment': method(
    z.object({ itemId: Id, attachmentId: Id }).strict(),
    Attachment.extend({ base64: z.string() }),
  ),
  /** Only a user of an active task of the item, or its task manager. */
  'items.updateFields': method(z.object({ id: Id, fields: z.record(z.string(), z.unknown()) }).strict(), ItemRecord),
} as const;
