import type { AsDispatch as Dispatch } from './app';
import type { Store } from '../../main/store/store';
import type { Workflow } from '@shared/model';

export const TWO_TASK_TYPE = 'type-uitgaande-post';

const at = { x: 0, y: 0 };
const task = (id: string, title: string) => ({
  id,
  kind: 'task',
  position: at,
  title,
  destinations: [{ type: 'users', userIds: ['user-bram'], showInTaskList: true }],
  reactionRequired: false,
  infoTask: false,
});
const action = (id: string, label: string, role: 'approve' | 'reject') => ({
  id,
  kind: 'action',
  position: at,
  label,
  role,
  mode: 'manual',
  effects: [],
});

/**
 * start → "Controleren" (Akkoord | Terug) → "Versturen" (Verstuurd | Vervallen) → end, without
 * messages: the process of the engine benchmark and the persistence tests. Published for the
 * item type "uitgaande post"; returns its item type id.
 */
export async function publishTwoTaskWorkflow(dispatch: Dispatch, store: Store): Promise<string> {
  const wf = (await dispatch('workflows.create', { name: 'Twee taken', itemTypeId: TWO_TASK_TYPE })) as Workflow;
  await dispatch('workflows.saveDraft', {
    id: wf.id,
    graph: {
      nodes: [
        { id: 's', kind: 'start', position: at, trigger: { type: 'itemSubmitted' } },
        task('t1', 'Controleren'),
        action('a1', 'Akkoord', 'approve'),
        action('a2', 'Terug', 'reject'),
        task('t2', 'Versturen'),
        action('b1', 'Verstuurd', 'approve'),
        action('b2', 'Vervallen', 'reject'),
        { id: 'e', kind: 'end', position: at },
      ],
      edges: [
        { id: '1', source: 's', target: 't1' },
        { id: '2', source: 't1', target: 'a1' },
        { id: '3', source: 't1', target: 'a2' },
        { id: '4', source: 'a1', target: 't2' },
        { id: '5', source: 'a2', target: 't2' },
        { id: '6', source: 't2', target: 'b1' },
        { id: '7', source: 't2', target: 'b2' },
        { id: '8', source: 'b1', target: 'e' },
        { id: '9', source: 'b2', target: 'e' },
      ],
    },
  });
  await dispatch('workflows.publish', { id: wf.id });
  await store.update((d) => {
    d.itemTypes.find((t) => t.id === TWO_TASK_TYPE)!.workflowId = wf.id;
  });
  return TWO_TASK_TYPE;
}
