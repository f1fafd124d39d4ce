import type { Route } from './routes';

/** Deleting a record, and the fields each record entity takes (issue 13). */
export const recordRoutes: Route[] = [
  {
    method: 'DELETE',
    path: '/records/{id}',
    call: 'records.remove',
    tag: 'Records',
    summary:
      'Delete a record (409, nothing deleted, naming them, while an open item, a waiting timer or ' +
      'another record refers to it)',
  },
  {
    method: 'GET',
    path: '/field-specs',
    call: 'records.fieldSpecs',
    query: ['entity'],
    page: { by: ['entity', 'key'] },
    tag: 'Records',
    summary: 'The fields of each record entity (or of entity=…): key, kind, required, the values of a choice',
  },
];
