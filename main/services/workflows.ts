import { ApiError } from '@shared/api/errors';
import {
  type PublishResult,
  type ValidationReport,
  WorkflowExport,
  type WorkflowSummary,
} from '@shared/api/workflow-contract';
import { entryOf } from '@shared/workflow/item-route';
import { forgetRoutes, routeOnPublish } from './publish-route';
import type { z } from 'zod';
import type { WorkflowSettingsUpdate } from '@shared/api/workflow-contract';
import type { Workflow, WorkflowGraph } from '@shared/model/workflow';
import { Workflow as WorkflowSchema } from '@shared/model/workflow';
import { toIssues } from '@shared/model/parse';
import { describeFinding, validateWorkflow } from '@shared/workflow';
import type { Clock } from '../clock';
import type { Store } from '../store/store';
import { latestVersion, versionOf, workflowById } from '@shared/workflow/queries';

export interface WorkflowService {
  list(): WorkflowSummary[];
  get(id: string): Workflow;
  create(name: string, itemTypeId?: string): Promise<Workflow>;
  update(change: z.output<typeof WorkflowSettingsUpdate>): Promise<Workflow>;
  saveDraft(id: string, graph: WorkflowGraph): Promise<string>;
  duplicate(id: string, name: string): Promise<Workflow>;
  remove(id: string): Promise<void>;
  publish(id: string, replaceRoute?: boolean): Promise<PublishResult>;
  /** The draft's findings, as publishing checks them. */
  validate(id: string): ValidationReport;
  restoreVersion(id: string, version: number): Promise<Workflow>;
  exportJson(id: string): { fileName: string; json: string };
  importJson(json: string): Promise<Workflow>;
  /** An exported document as it is (parsed JSON). */
  importDocument(document: unknown): Promise<Workflow>;
}

const sameGraph = (a: WorkflowGraph, b: WorkflowGraph) => JSON.stringify(a) === JSON.stringify(b);
const fileSafe = (name: string) =>
  name
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase() || 'workflow';

/**
 * @param published told after a workflow got a new published version or was removed (its pending
 *   record-trigger timers are cancelled).
 */
export function createWorkflowService(
  store: Store,
  clock: Clock,
  newId: () => string,
  published: (workflowId: string) => Promise<unknown> = async () => undefined,
): WorkflowService {
  const find = (id: string): Workflow => {
    const workflow = workflowById(store.data.workflows, id);
    if (!workflow) throw ApiError.because('not_found', 'notFound', { thing: 'workflow', id });
    return workflow;
  };
  const findingsOf = (workflow: Workflow) => {
    const { directory, itemTypes, templates } = store.data;
    return validateWorkflow({ ...workflow, graph: workflow.draft }, { directory, itemTypes, templates });
  };
  const checkItemType = (id: string | null | undefined) => {
    if (id && !store.data.itemTypes.some((t) => t.id === id))
      throw ApiError.invalidInput('This workflow cannot be saved', [
        { path: 'itemTypeId', message: `item type "${id}" does not exist` },
      ]);
  };
  const insert = async (workflow: Workflow) => {
    await store.update((d) => void d.workflows.push(workflow));
    return workflow;
  };
  const importDocument = async (raw: unknown): Promise<Workflow> => {
    const parsed = WorkflowExport.safeParse(raw);
    if (!parsed.success) throw ApiError.invalidInput('This file is not a Stroomlijn workflow', toIssues(parsed.error));
    const { workflow } = parsed.data;
    const known = store.data.itemTypes.some((t) => t.id === workflow.itemTypeId);
    const managerKnown = store.data.directory.users.some((u) => u.id === workflow.taskManagerUserId);
    const imported: Workflow = {
      ...workflow,
      id: newId(),
      itemTypeId: known ? workflow.itemTypeId : undefined,
      taskManagerUserId: managerKnown ? workflow.taskManagerUserId : undefined,
      versions: [],
      draftSavedAt: now(),
    };
    return insert(imported);
  };
  const now = () => clock.now().toISOString();

  return {
    list: () =>
      store.data.workflows.map((w) => {
        const latest = latestVersion(w);
        const start = w.draft.nodes.find((n) => n.kind === 'start');
        return {
          id: w.id,
          name: w.name,
          itemTypeId: w.itemTypeId,
          trigger: start?.kind === 'start' && start.trigger.type === 'record' ? 'record' : 'item',
          draftSavedAt: w.draftSavedAt,
          versions: w.versions.map(({ version, publishedAt }) => ({ version, publishedAt })),
          unpublishedChanges: !latest || !sameGraph(latest.graph, w.draft),
          nodeCount: w.draft.nodes.length,
          active: w.active !== false,
          ...(w.explanation ? { explanation: w.explanation } : {}),
          entry: entryOf(
            w.id,
            store.data.itemTypes.find((t) => t.id === w.itemTypeId),
          ),
        };
      }),

    get: find,

    async create(name, itemTypeId) {
      checkItemType(itemTypeId);
      return insert(
        WorkflowSchema.parse({
          id: newId(),
          name,
          itemTypeId,
          draft: { nodes: [], edges: [] },
          draftSavedAt: now(),
          versions: [],
        }),
      );
    },

    async update({ id, ...change }) {
      const workflow = find(id);
      const wasActive = workflow.active !== false;
      checkItemType(change.itemTypeId);
      if (change.taskManagerUserId && !store.data.directory.users.some((u) => u.id === change.taskManagerUserId)) {
        throw ApiError.invalidInput('This workflow cannot be saved', [
          { path: 'taskManagerUserId', message: `user "${change.taskManagerUserId}" does not exist` },
        ]);
      }
      await store.update((d) => {
        if (change.itemTypeId !== undefined) forgetRoutes(d, id, change.itemTypeId ?? undefined);
        for (const [key, value] of Object.entries(change)) {
          if (value === null) delete (workflow as Record<string, unknown>)[key];
          else if (value !== undefined) (workflow as Record<string, unknown>)[key] = value;
        }
      });
      // Switched off: its record-trigger timers that wait to start a run go (as after a publish).
      // Switched on again: what follows from records as they stand (a task that expired meanwhile)
      // is armed anew, once (the ledger); a change made while it was off starts nothing.
      if (change.active !== undefined && change.active !== wasActive) await published(id);
      return workflow;
    },

    async saveDraft(id, graph) {
      const workflow = find(id);
      const at = now();
      await store.update(() => {
        workflow.draft = graph;
        workflow.draftSavedAt = at;
      });
      return at;
    },

    async duplicate(id, name) {
      const source = find(id);
      return insert({ ...structuredClone(source), id: newId(), name, versions: [], draftSavedAt: now() });
    },

    async remove(id) {
      const workflow = find(id);
      await store.update((d) => {
        d.workflows.splice(d.workflows.indexOf(workflow), 1);
        forgetRoutes(d, id);
      });
      await published(id);
    },

    validate(id) {
      const findings = findingsOf(find(id));
      const errors = findings.filter((f) => f.severity === 'error').length;
      return {
        errors,
        warnings: findings.length - errors,
        findings: findings.map((f) => ({
          severity: f.severity,
          code: f.code,
          ...(f.nodeId ? { nodeId: f.nodeId } : {}),
          message: describeFinding(f),
        })),
      };
    },

    async publish(id, replaceRoute) {
      const workflow = find(id);
      const errors = findingsOf(workflow).filter((f) => f.severity === 'error');
      if (errors.length) {
        throw new ApiError(
          'conflict',
          `“${workflow.name}” cannot be published while ${errors.length} error${errors.length === 1 ? ' remains' : 's remain'}: ${errors.map(describeFinding).join(' ')}`,
          errors.map((f) => ({ path: f.nodeId ?? '', message: describeFinding(f) })),
          { reason: { key: 'notPublishable', params: { name: workflow.name } } },
        );
      }
      const version = {
        version: (latestVersion(workflow)?.version ?? 0) + 1,
        publishedAt: now(),
        graph: structuredClone(workflow.draft),
      };
      const route = await store.update((d) => {
        workflow.versions.push(version);
        return routeOnPublish(d, workflow, replaceRoute);
      });
      await published(id);
      return { version: version.version, publishedAt: version.publishedAt, ...route };
    },

    async restoreVersion(id, number) {
      const workflow = find(id);
      const version = versionOf(workflow, number);
      if (!version) throw ApiError.because('not_found', 'noVersion', { name: workflow.name, number });
      await store.update(() => {
        workflow.draft = structuredClone(version.graph);
        workflow.draftSavedAt = now();
      });
      return workflow;
    },

    exportJson(id) {
      const workflow = find(id);
      const doc: WorkflowExport = { format: 'stroomlijn.workflow', formatVersion: 1, exportedAt: now(), workflow };
      return { fileName: `${fileSafe(workflow.name)}.stroomlijn.json`, json: JSON.stringify(doc, null, 2) };
    },

    async importJson(json) {
      let raw: unknown;
      try {
        raw = JSON.parse(json);
      } catch (error) {
        throw new ApiError('invalid_input', `This file is not JSON: ${(error as Error).message}`);
      }
      return importDocument(raw);
    },

    importDocument,
  };
}
