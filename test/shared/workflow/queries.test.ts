import { describe, expect, it } from 'vitest';
import type { Workflow } from '@shared/model/workflow';
import { latestVersion, publishedGraph, versionOf, workflowById } from '@shared/workflow/queries';

const graph = (id: string) => ({ nodes: [{ id, kind: 'end' }], edges: [] }) as unknown as Workflow['draft'];
const workflow = (id: string, versions: number[]) =>
  ({
    id,
    name: id,
    draft: graph('draft'),
    versions: versions.map((version) => ({
      version,
      publishedAt: '2026-01-01T00:00:00.000Z',
      graph: graph(`v${version}`),
    })),
  }) as unknown as Workflow;

describe('workflow queries', () => {
  const workflows = [workflow('wf-a', [1, 2]), workflow('wf-b', [])];

  it('find a workflow by id, none for an unknown or missing id', () => {
    expect(workflowById(workflows, 'wf-b')?.id).toBe('wf-b');
    expect(workflowById(workflows, 'wf-x')).toBeUndefined();
    expect(workflowById(workflows, undefined)).toBeUndefined();
  });

  it('find a version by number and the latest, none before the first publish', () => {
    expect(versionOf(workflows[0], 1)?.version).toBe(1);
    expect(versionOf(workflows[0], 3)).toBeUndefined();
    expect(versionOf(undefined, 1)).toBeUndefined();
    expect(latestVersion(workflows[0])?.version).toBe(2);
    expect(latestVersion(workflows[1])).toBeUndefined();
    expect(latestVersion(undefined)).toBeUndefined();
  });

  it('give the graph an item of a version runs on', () => {
    expect(publishedGraph(workflows, 'wf-a', 1)?.nodes[0]?.id).toBe('v1');
    expect(publishedGraph(workflows, 'wf-a', 9)).toBeUndefined();
    expect(publishedGraph(workflows, 'wf-x', 1)).toBeUndefined();
  });
});
