import type { AsDispatch as Dispatch } from './app';
import type { PublishResult } from '../../shared/api/workflow-contract';
import type { Workflow } from '../../shared/model';

const at = { x: 0, y: 0 };

/** start → task `title` for Bram (Goedkeuren | Afkeuren) → end, of item type `itemTypeId`; a draft, not published. */
export async function createOneTaskWorkflow(dispatch: Dispatch, name: string, itemTypeId: string, title: string): Promise<string> {
  const wf = (await dispatch('workflows.create', { name, itemTypeId })) as Workflow;
  const action = (id: string, label: string, role: 'approve' | 'reject') =>
    ({ id, kind: 'action', position: at, label, role, mode: 'manual', effects: [] });
  const destinations = [{ type: 'users', userIds: ['user-bram'], showInTaskList: true }];
  await dispatch('workflows.saveDraft', {
    id: wf.id,
    graph: {
      nodes: [
        { id: 's', kind: 'start', position: at, trigger: { type: 'itemSubmitted' } },
        { id: 't', kind: 'task', position: at, title, destinations, reactionRequired: false, infoTask: false },
        action('ok', 'Goedkeuren', 'approve'),
        action('no', 'Afkeuren', 'reject'),
        { id: 'e', kind: 'end', position: at },
      ],
      edges: [
        { id: '1', source: 's', target: 't' },
        { id: '2', source: 't', target: 'ok' },
        { id: '3', source: 't', target: 'no' },
        { id: '4', source: 'ok', target: 'e' },
        { id: '5', source: 'no', target: 'e' },
      ],
    },
  });
  return wf.id;
}

/** Publish a workflow, with the administrator's answer to "replace the type's route?" when given. */
export const publish = (dispatch: Dispatch, id: string, replaceRoute?: boolean) =>
  dispatch('workflows.publish', { id, ...(replaceRoute === undefined ? {} : { replaceRoute }) }) as Promise<PublishResult>;
