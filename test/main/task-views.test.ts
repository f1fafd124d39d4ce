import { describe, expect, it } from 'vitest';
import { type ItemState, step } from '@shared/engine';
import type { ItemRecord } from '@shared/model';
import { isTaskUser, partInTaskOf, taskViews } from '../../main/engine/task-views';
import { sampleDb } from '../shared/workflow/fixtures';

const T0 = '2026-11-23T09:00:00.000Z';
const record = (state: ItemState): ItemRecord => ({
  number: 'D-2026-0001',
  subject: 'Proef',
  createdAt: T0,
  updatedAt: T0,
  ...state,
});

const graphOf = (workflowId: string) => sampleDb.workflows.find((w) => w.id === workflowId)!.versions.at(-1)!.graph;

/** Every state an item of `workflowId` passes through, each path of actions taken, with and without assignees. */
function statesOf(workflowId: string): ItemRecord[] {
  const graph = graphOf(workflowId);
  const actions = graph.nodes.filter((n) => n.kind === 'action').map((n) => n.id);
  const submitted = step(
    null,
    {
      type: 'submit',
      item: { id: 'item-1', workflowId, version: 1, submitterUserId: 'user-eva', fields: { bedrag: 10 } },
    },
    graph,
    T0,
  ).state;
  const seen: ItemRecord[] = [];
  const walk = (state: ItemState, depth: number) => {
    seen.push(record(state));
    seen.push(record({ ...state, tasks: state.tasks.map((t) => ({ ...t, assignees: ['user-dirk'] })) }));
    if (depth === 3 || state.status !== 'running') return;
    for (const actionNodeId of actions) {
      const reaction = { text: 'Goed zo', external: false };
      try {
        walk(step(state, { type: 'act', actionNodeId, userId: 'user-anna', reaction }, graph, T0).state, depth + 1);
      } catch {
        // An action of no active task: the engine refuses it, and there is no state to look at.
      }
    }
  };
  walk(submitted, 0);
  return seen;
}

describe('who may act on a task: partInTaskOf and isTaskUser say what the task views say', () => {
  it.each([
    ['wf-infomail', ['mine', 'other']],
    ['wf-accordering', ['manager', 'mine', 'other']],
  ])('for every state of %s, every user and every action', (workflowId, covered) => {
    const states = statesOf(workflowId);
    const graph = graphOf(workflowId);
    const actions = [...graph.nodes.map((n) => n.id), 'no-such-node'];
    const users = sampleDb.directory.users.map((u) => u.id);
    const seen = new Set<string>();
    for (const item of states) {
      for (const userId of users) {
        const views = taskViews(sampleDb, item, userId);
        expect(isTaskUser(sampleDb, item, userId)).toBe(views.some((t) => t.mine));
        for (const actionNodeId of actions) {
          const view = views.find((t) => t.actions.some((a) => a.id === actionNodeId));
          const part = partInTaskOf(sampleDb, item, actionNodeId, userId);
          expect(part).toEqual(view && { mine: view.mine, manager: view.manager });
          if (part) seen.add(part.manager ? 'manager' : part.mine ? 'mine' : 'other');
        }
      }
    }
    // The walk reached tasks with actions, asked about by their users, by others and by the task manager.
    expect([...seen].sort()).toEqual(covered);
  });
});
