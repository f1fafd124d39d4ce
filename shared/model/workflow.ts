import { z } from 'zod';
import { Id, Language, Text, Timestamp } from './common';
import { WorkflowNode } from './workflow-nodes';

/**
 * A connection on the canvas. `sourceHandle` names the branch of a condition node
 * (a branch id, or "default"); other nodes have a single outgoing handle.
 */
export const WorkflowEdge = z.object({
  id: Id,
  source: Id,
  target: Id,
  sourceHandle: z.string().optional(),
});
export type WorkflowEdge = z.infer<typeof WorkflowEdge>;

export const WorkflowGraph = z.object({
  nodes: z.array(WorkflowNode),
  edges: z.array(WorkflowEdge),
});
export type WorkflowGraph = z.infer<typeof WorkflowGraph>;

export const WorkflowVersion = z.object({
  version: z.number().int().positive(),
  publishedAt: Timestamp,
  graph: WorkflowGraph,
});
export type WorkflowVersion = z.infer<typeof WorkflowVersion>;

/** A workflow: its settings, the draft being edited and its immutable published versions. */
export const Workflow = z.object({
  id: Id,
  name: Text,
  itemTypeId: Id.optional(),
  taskManagerUserId: Id.optional(),
  confidential: z.boolean().default(false),
  /** Seed 001 "Actief": an inactive workflow starts nothing new (items, record runs); running items go on. */
  active: z.boolean().default(true),
  /** Seed 001 "Uitleg": what the workflow does, in a sentence, shown in the workflow list. */
  explanation: z.string().trim().max(500).optional(),
  language: Language.default('nl'),
  draft: WorkflowGraph,
  draftSavedAt: Timestamp.optional(),
  versions: z.array(WorkflowVersion).default([]),
});
export type Workflow = z.infer<typeof Workflow>;
