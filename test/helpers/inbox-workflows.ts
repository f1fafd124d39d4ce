import type { AsDispatch as Dispatch } from './app';
import type { Workflow } from '@shared/model';

const at = { x: 0, y: 0 };

/** A user of this office, made in the Directory by an administrator (`dispatch`); returns their id. */
export const addUser = async (dispatch: Dispatch, name: string, email: string): Promise<string> =>
  ((await dispatch('directory.save', { kind: 'users', entry: { name, email } })) as { id: string }).id;

/**
 * A workflow for items of `itemTypeId` (one that names no workflow of its own, such as "uitgaande
 * post"): start → a notice in the inbox of `notified` → the task "Afhandelen" for `taskUser` (with
 * the action "Klaar") → end; published, so new items of the type enter it. `confidential`: only the
 * submitter, task users and task manager see its items. `dispatch`: as an administrator.
 */
export async function publishNoticeWorkflow(
  dispatch: Dispatch,
  o: { itemTypeId: string; notified: string[]; taskUser: string; confidential?: boolean },
): Promise<string> {
  const wf = (await dispatch('workflows.create', { name: 'Post met bericht', itemTypeId: o.itemTypeId })) as Workflow;
  if (o.confidential) await dispatch('workflows.update', { id: wf.id, confidential: true });
  const destinations = [{ type: 'users', userIds: [o.taskUser], showInTaskList: true }];
  const to = [{ type: 'users', userIds: o.notified }];
  await dispatch('workflows.saveDraft', {
    id: wf.id,
    graph: {
      nodes: [
        { id: 's', kind: 'start', position: at, trigger: { type: 'itemSubmitted' } },
        { id: 'n', kind: 'notify', position: at, channel: 'inbox', to, templateId: 'tpl-bellen-verlopen' },
        { id: 't', kind: 'task', position: at, title: 'Afhandelen', destinations, reactionRequired: false },
        { id: 'a', kind: 'action', position: at, label: 'Klaar', role: 'approve', mode: 'manual', effects: [] },
        { id: 'e', kind: 'end', position: at },
      ],
      edges: [
        { id: '1', source: 's', target: 'n' },
        { id: '2', source: 'n', target: 't' },
        { id: '3', source: 't', target: 'a' },
        { id: '4', source: 'a', target: 'e' },
      ],
    },
  });
  await dispatch('workflows.publish', { id: wf.id });
  return wf.id;
}
