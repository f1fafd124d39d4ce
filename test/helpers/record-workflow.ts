import type { AsDispatch as Dispatch } from './app';
import type { Workflow } from '@shared/model';

const at = { x: 0, y: 0 };

/** Publish start (a record trigger) → one step → end; returns the workflow's id. `step`: the step's kind and settings. */
export async function publishRecordWorkflow(
  dispatch: Dispatch,
  name: string,
  trigger: object,
  step: object,
): Promise<string> {
  const w = (await dispatch('workflows.create', { name })) as Workflow;
  await dispatch('workflows.saveDraft', {
    id: w.id,
    graph: {
      nodes: [
        { id: 's', kind: 'start', position: at, trigger: { type: 'record', ...trigger } },
        { id: 'x', position: at, ...step },
        { id: 'e', kind: 'end', position: at },
      ],
      edges: [
        { id: '1', source: 's', target: 'x' },
        { id: '2', source: 'x', target: 'e' },
      ],
    },
  });
  await dispatch('workflows.publish', { id: w.id });
  return w.id;
}

/** A workflow that a task record starts (`trigger`: event, delay…) and that notifies the task's responsible in the inbox. */
export const publishTaskTrigger = (dispatch: Dispatch, name: string, trigger: object): Promise<string> =>
  publishRecordWorkflow(
    dispatch,
    name,
    { entity: 'task', ...trigger },
    {
      kind: 'notify',
      channel: 'inbox',
      to: [{ type: 'userField', field: 'responsible' }],
      templateId: 'tpl-bellen-verlopen',
    },
  );
