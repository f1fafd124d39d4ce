import type { Workflow, WorkflowGraph, WorkflowVersion } from '../model/workflow';

/** The workflow with this id (none for no id). */
export const workflowById = <W extends Pick<Workflow, 'id'>>(
  workflows: readonly W[],
  id: string | undefined,
): W | undefined => (id === undefined ? undefined : workflows.find((w) => w.id === id));

/** A published version of a workflow by its number. */
export const versionOf = <V extends Pick<WorkflowVersion, 'version'>>(
  workflow: { versions: readonly V[] } | undefined,
  version: number,
): V | undefined => workflow?.versions.find((v) => v.version === version);

/** A workflow's latest published version (none before it is first published). */
export const latestVersion = <V>(workflow: { versions: readonly V[] } | undefined): V | undefined =>
  workflow?.versions.at(-1);

/** The graph of a published version of a workflow: what an item of that version runs on. */
export const publishedGraph = (
  workflows: readonly Workflow[],
  workflowId: string,
  version: number,
): WorkflowGraph | undefined => versionOf(workflowById(workflows, workflowId), version)?.graph;
