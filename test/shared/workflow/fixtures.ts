import {
  Database,
  emptyDatabase,
  type WorkflowEdge,
  type WorkflowNode,
  WorkflowNode as NodeSchema,
} from '@shared/model';
import type { ValidationContext, WorkflowUnderTest } from '@shared/workflow';
import sample from '../../../resources/sample-data.json';

export const sampleDb = Database.parse({ ...emptyDatabase(), ...sample });
export const ctx: ValidationContext = {
  directory: sampleDb.directory,
  itemTypes: sampleDb.itemTypes,
  templates: sampleDb.templates,
};

const at = { x: 0, y: 0 };
/** A node of `kind` with the settings given (parsed, so defaults fill in). */
export const node = (id: string, kind: WorkflowNode['kind'], settings: Record<string, unknown> = {}): WorkflowNode => {
  const defaults: Record<string, Record<string, unknown>> = {
    task: { title: `Task ${id}`, destinations: [{ type: 'role', roleId: 'role-payroll' }] },
    action: { label: `Action ${id}` },
    condition: { title: `Condition ${id}`, branches: [] },
    createTask: { title: `Create ${id}` },
    webhook: { url: 'https://example.org/hook' },
    setField: { field: 'status', value: 'x' },
    wait: { until: { type: 'duration', amount: 1, unit: 'days' } },
  };
  return NodeSchema.parse({ id, kind, position: at, ...defaults[kind], ...settings });
};

let n = 0;
export const edge = (source: string, target: string, sourceHandle?: string): WorkflowEdge => ({
  id: `e${++n}`,
  source,
  target,
  ...(sourceHandle ? { sourceHandle } : {}),
});

/** start → task → action → end: the smallest valid workflow. */
export const minimal = (): WorkflowUnderTest => ({
  language: 'nl',
  graph: {
    nodes: [node('s', 'start'), node('t', 'task'), node('a', 'action'), node('e', 'end')],
    edges: [edge('s', 't'), edge('t', 'a'), edge('a', 'e')],
  },
});

/** `minimal()` with the node `id` changed by `change`. */
export const withNode = (wf: WorkflowUnderTest, id: string, change: Record<string, unknown>): WorkflowUnderTest => ({
  ...wf,
  graph: { ...wf.graph, nodes: wf.graph.nodes.map((x) => (x.id === id ? NodeSchema.parse({ ...x, ...change }) : x)) },
});
