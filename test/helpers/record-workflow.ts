import type { Dispatch } from '../../main/api/dispatch';
import type { Workflow } from '../../shared/model';

/**
 * Publish a workflow that a task record starts (`trigger`: event, delay…) and that notifies the
 * task's responsible in the inbox; returns its id.
 */
export async function publishTaskTrigger(dispatch: Dispatch, name: string, trigger: object): Promise<string> {
  const w = (await dispatch('workflows.create', { name })) as Workflow;
  const at = { x: 0, y: 0 };
  await dispatch('workflows.saveDraft', {
    id: w.id,
    graph: {
      nodes: [
        { id: 's', kind: 'start', position: at, trigger: { type: 'record', entity: 'task', ...trigger } },
        { id: 'n', kind: 'notify', position: at, channel: 'inbox', to: [{ type: 'userField', field: 'responsible' }], templateId: 'tpl-bellen-verlopen' },
        { id: 'e', kind: 'end', position: at },
      ],
      edges: [
        { id: '1', source: 's', target: 'n' },
        { id: '2', source: 'n', target: 'e' },
      ],
    },
  });
  await dispatch('workflows.publish', { id: w.id });
  return w.id;
}
