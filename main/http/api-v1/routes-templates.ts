import type { Route } from './routes';

const tag = 'Templates';

/** Message templates: create, replace, delete, and a saved one's preview from real data (issue 13). */
export const templateRoutes: Route[] = [
  {
    method: 'POST',
    path: '/templates',
    call: 'templates.save',
    body: { into: 'template' },
    status: 201,
    tag,
    summary: 'Create a message template (texts per language, attachments)',
  },
  {
    method: 'PUT',
    path: '/templates/{id}',
    call: 'templates.save',
    params: { id: 'template.id' },
    body: { into: 'template' },
    tag,
    summary: 'Replace the message template with this id',
  },
  {
    method: 'DELETE',
    path: '/templates/{id}',
    call: 'templates.remove',
    tag,
    summary: 'Delete a message template (refused while a workflow uses it: the refusal names them)',
  },
  {
    method: 'POST',
    path: '/templates/{id}/preview',
    call: 'templates.previewSaved',
    body: 'fields',
    tag,
    summary:
      'Render a saved template from a real item (itemId), record (recordId) or mailing recipient ' +
      '(recipient), or the sample; with the recipients an addressee reaches',
  },
];
