import { type NodeKind, WorkflowNode } from '@shared/model/workflow-nodes';

/** Settings a freshly dropped node starts with; titles come from the UI language. */
export function newNode(kind: NodeKind, id: string, position: { x: number; y: number }, title: string): WorkflowNode {
  const base = { id, kind, position };
  const settings: Record<NodeKind, Record<string, unknown>> = {
    start: { trigger: { type: 'itemSubmitted' } },
    task: { title, destinations: [] },
    action: { label: title },
    condition: { title, branches: [] },
    notify: { title, to: [] },
    createTask: { title },
    webhook: { title, url: 'https://example.org/webhook' },
    setField: { field: 'status', value: '' },
    wait: { title, until: { type: 'duration', amount: 1, unit: 'days' } },
    end: { title },
  };
  return WorkflowNode.parse({ ...base, ...settings[kind] });
}
