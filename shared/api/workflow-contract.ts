import { z } from 'zod';
import { Id, Language, Text, Timestamp } from '../model/common';
import { Connector, ItemType } from '../model/item-type';
import { MessageTemplate } from '../model/template';
import { Workflow, WorkflowGraph } from '../model/workflow';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const none = z.object({}).strict();
const byId = z.object({ id: Id }).strict();

export const WorkflowSummary = z.object({
  id: Id,
  name: z.string(),
  itemTypeId: Id.optional(),
  trigger: z.enum(['item', 'record']),
  draftSavedAt: Timestamp.optional(),
  versions: z.array(z.object({ version: z.number().int(), publishedAt: Timestamp })),
  /** The draft differs from the newest published version (or nothing is published). */
  unpublishedChanges: z.boolean(),
  nodeCount: z.number().int(),
  /** Seed 001: an inactive workflow starts nothing new; `explanation` says what it does. */
  active: z.boolean(),
  explanation: z.string().optional(),
  /** Which new items of its type enter it: as the type's default, and for which values of its routing field. */
  entry: z.object({ asDefault: z.boolean(), values: z.array(z.string()) }),
});
export type WorkflowSummary = z.infer<typeof WorkflowSummary>;

export const WorkflowSettingsUpdate = z
  .object({
    id: Id,
    name: Text.optional(),
    itemTypeId: Id.nullable().optional(),
    taskManagerUserId: Id.nullable().optional(),
    language: Language.optional(),
    confidential: z.boolean().optional(),
    active: z.boolean().optional(),
    explanation: z.string().trim().max(500).nullable().optional(),
  })
  .strict();

/** The file format of an exported workflow. */
export const WorkflowExport = z.object({
  format: z.literal('stroomlijn.workflow'),
  formatVersion: z.literal(1),
  exportedAt: Timestamp,
  workflow: Workflow,
});
export type WorkflowExport = z.infer<typeof WorkflowExport>;

/** The validation panel's findings, as data: errors block publishing, warnings do not. */
export const ValidationReport = z.object({
  errors: z.number().int(),
  warnings: z.number().int(),
  findings: z.array(
    z.object({
      severity: z.enum(['error', 'warning']),
      code: z.string(),
      nodeId: z.string().optional(),
      message: z.string(),
    }),
  ),
});
export type ValidationReport = z.infer<typeof ValidationReport>;

/**
 * What publishing did to the item type's route for new items: `entered` (none routed yet, now this),
 * `already` (this one), `replaced`/`kept` (another published workflow had it; the answer decided),
 * `unanswered` (another has it and no answer came: unchanged), `none` (no item type: record runs).
 */
export const PublishRoutes = ['entered', 'already', 'replaced', 'kept', 'unanswered', 'none'] as const;
export type PublishRoute = (typeof PublishRoutes)[number];
export const PublishResult = z.object({
  version: z.number().int(),
  publishedAt: Timestamp,
  route: z.enum(PublishRoutes),
  /** The workflow new items of the type enter after this publish (when it has an item type). */
  routedWorkflowId: Id.optional(),
});
export type PublishResult = z.infer<typeof PublishResult>;

/** Workflows, and what their editor needs to show: item types and templates. */
export const workflowContract = {
  'workflows.list': method(none, z.array(WorkflowSummary)),
  'workflows.get': method(byId, Workflow),
  'workflows.create': method(z.object({ name: Text, itemTypeId: Id.optional() }).strict(), Workflow),
  'workflows.update': method(WorkflowSettingsUpdate, Workflow),
  'workflows.saveDraft': method(
    z.object({ id: Id, graph: WorkflowGraph }).strict(),
    z.object({ draftSavedAt: Timestamp }),
  ),
  'workflows.duplicate': method(z.object({ id: Id, name: Text }).strict(), Workflow),
  'workflows.remove': method(byId, z.object({ removed: z.literal(true) })),
  /** `replaceRoute`: the administrator's answer when another published workflow takes the type's new items. */
  'workflows.publish': method(z.object({ id: Id, replaceRoute: z.boolean().optional() }).strict(), PublishResult),
  /** Validate the draft as publishing would (DESIGN.md §4). */
  'workflows.validate': method(byId, ValidationReport),
  /** `version` may come as text (an API v1 path segment). */
  'workflows.restoreVersion': method(
    z.object({ id: Id, version: z.coerce.number().int().positive() }).strict(),
    Workflow,
  ),
  'workflows.export': method(byId, z.object({ fileName: z.string(), json: z.string() })),
  'workflows.import': method(z.object({ json: z.string().max(20_000_000, 'is larger than 20 MB') }).strict(), Workflow),
  /** The exported document itself, as JSON (API v1); what `workflows.import` reads from the file's text. */
  'workflows.importDocument': method(z.object({ document: WorkflowExport }).strict(), Workflow),
  'itemTypes.list': method(none, z.array(ItemType)),
  /** Set (or with null remove) where an approved item of this type is delivered (approval messages). */
  'itemTypes.saveConnector': method(z.object({ itemTypeId: Id, connector: Connector.nullable() }).strict(), ItemType),
  'templates.list': method(none, z.array(MessageTemplate)),
} as const;
