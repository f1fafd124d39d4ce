import type { AsDispatch as Dispatch } from './app';
import type { PublishResult } from '@shared/api/workflow-contract';
import type { Workflow } from '@shared/model';

/** start → task `title` (Goedkeuren | Afkeuren) → end, laid out top to bottom; the task goes to `destinations`. */
export function oneTaskGraph(title: string, destinations: object[]) {
  const action = (id: string, label: string, role: 'approve' | 'reject', x: number) => ({
    id,
    kind: 'action',
    position: { x, y: 300 },
    label,
    role,
    mode: 'manual',
    effects: [],
  });
  return {
    nodes: [
      { id: 's', kind: 'start', position: { x: 0, y: 0 }, trigger: { type: 'itemSubmitted' } },
      {
        id: 't',
        kind: 'task',
        position: { x: 0, y: 150 },
        title,
        destinations,
        reactionRequired: false,
        infoTask: false,
      },
      action('ok', 'Goedkeuren', 'approve', -120),
      action('no', 'Afkeuren', 'reject', 120),
      { id: 'e', kind: 'end', position: { x: 0, y: 450 } },
    ],
    edges: [
      { id: '1', source: 's', target: 't' },
      { id: '2', source: 't', target: 'ok' },
      { id: '3', source: 't', target: 'no' },
      { id: '4', source: 'ok', target: 'e' },
      { id: '5', source: 'no', target: 'e' },
    ],
  };
}

/** A draft (not published) workflow of item type `itemTypeId` whose one task goes to Bram. */
export async function createOneTaskWorkflow(
  dispatch: Dispatch,
  name: string,
  itemTypeId: string,
  title: string,
): Promise<string> {
  const wf = (await dispatch('workflows.create', { name, itemTypeId })) as Workflow;
  const graph = oneTaskGraph(title, [{ type: 'users', userIds: ['user-bram'], showInTaskList: true }]);
  await dispatch('workflows.saveDraft', { id: wf.id, graph });
  return wf.id;
}

/** Publish a workflow, with the administrator's answer to "replace the type's route?" when given. */
export const publish = (dispatch: Dispatch, id: string, replaceRoute?: boolean) =>
  dispatch('workflows.publish', {
    id,
    ...(replaceRoute === undefined ? {} : { replaceRoute }),
  }) as Promise<PublishResult>;
