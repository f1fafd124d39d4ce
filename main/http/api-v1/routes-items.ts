import { z } from 'zod';
import type { ApiOutput } from '@shared/api/contract';
import type { Route } from './routes';

/** Changing an item's fields, and the task manager's interventions (issue 13). */
export const itemRoutes: Route[] = [
  {
    method: 'GET',
    path: '/items/{id}/fields',
    call: 'items.get',
    tag: 'Items',
    respond: { schema: z.record(z.string(), z.unknown()), from: (i: ApiOutput<'items.get'>) => i.fields },
    summary: 'The field values of an item',
  },
  {
    method: 'PATCH',
    path: '/items/{id}/fields',
    call: 'items.updateFields',
    body: { into: 'fields' },
    tag: 'Items',
    summary:
      'Change some fields of an item (a user of an active task, or its task manager), ' +
      'checked as its type checks them',
  },
  {
    method: 'POST',
    path: '/items/{id}/reassign',
    call: 'items.intervene',
    fixed: { type: 'reassign' },
    params: { id: 'itemId' },
    body: 'fields',
    tag: 'Task manager',
    summary: 'Give a current task of the item to other users (only the workflow’s task manager)',
  },
  {
    method: 'POST',
    path: '/items/{id}/move',
    call: 'items.intervene',
    fixed: { type: 'moveTo' },
    params: { id: 'itemId' },
    body: 'fields',
    tag: 'Task manager',
    summary: 'Move the item to another task of its workflow (only the workflow’s task manager)',
  },
  {
    method: 'POST',
    path: '/items/{id}/cancel',
    call: 'items.intervene',
    fixed: { type: 'cancel' },
    params: { id: 'itemId' },
    body: 'fields',
    tag: 'Task manager',
    summary: 'Cancel the item, with an optional reason (only the workflow’s task manager)',
  },
];
