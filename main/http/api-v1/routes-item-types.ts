import { z } from 'zod';
import type { ApiOutput } from '@shared/api/contract';
import { FieldDef } from '@shared/model/item-type';
import type { Route } from './routes';

const tag = 'Item types';

/** Item types with their forms: create, read, replace, delete, and the fields an item of it takes (issue 13). */
export const itemTypeRoutes: Route[] = [
  {
    method: 'POST',
    path: '/item-types',
    call: 'itemTypes.create',
    body: 'fields',
    status: 201,
    tag,
    summary: 'Create an item type with its form’s fields',
  },
  {
    method: 'GET',
    path: '/item-types/{id}',
    call: 'itemTypes.get',
    tag,
    summary: 'One item type: its settings and the fields of its form',
  },
  {
    method: 'PUT',
    path: '/item-types/{id}',
    call: 'itemTypes.update',
    body: 'fields',
    tag,
    summary:
      'Replace an item type’s settings and form ' + '(a field cannot change its kind while an item holds a value)',
  },
  {
    method: 'DELETE',
    path: '/item-types/{id}',
    call: 'itemTypes.delete',
    tag,
    summary: 'Delete an item type (refused while items or workflows use it: the refusal names them)',
  },
  {
    method: 'GET',
    path: '/item-types/{id}/fields',
    call: 'itemTypes.get',
    page: { by: ['#'] },
    tag,
    respond: { schema: z.array(FieldDef), from: (t: ApiOutput<'itemTypes.get'>) => t.fields },
    summary: 'The fields an item of this type takes: key, kind, required, options of a choice, labels',
  },
];
