import { z } from 'zod';
import type { ApiOutput } from '@shared/api/contract';
import { WorkflowGraph, WorkflowVersion } from '@shared/model/workflow';
import type { Route } from './routes';

type Workflow = ApiOutput<'workflows.get'>;

const tag = 'Workflows';

/** Creating, changing, copying, importing and deleting workflows, and their published versions (issue 13). */
export const workflowRoutes: Route[] = [
  {
    method: 'POST',
    path: '/workflows',
    call: 'workflows.create',
    body: 'fields',
    status: 201,
    tag,
    summary: 'Create a workflow with an empty draft (optionally for an item type)',
  },
  {
    method: 'PATCH',
    path: '/workflows/{id}',
    call: 'workflows.update',
    body: 'fields',
    tag,
    summary:
      'Change a workflow’s settings: name, item type, task manager, language, confidential, active, ' + 'explanation',
  },
  {
    method: 'DELETE',
    path: '/workflows/{id}',
    call: 'workflows.remove',
    tag,
    summary: 'Delete a workflow (an imported copy too); its waiting record timers are dropped',
  },
  {
    method: 'GET',
    path: '/workflows/{id}/draft',
    call: 'workflows.get',
    tag,
    respond: { schema: WorkflowGraph, from: (w: Workflow) => w.draft },
    summary: 'The draft being edited: its steps and connections',
  },
  {
    method: 'PUT',
    path: '/workflows/{id}/draft',
    call: 'workflows.saveDraft',
    body: { into: 'graph' },
    tag,
    summary: 'Replace the draft (steps and connections); publishing makes it a version',
  },
  {
    method: 'POST',
    path: '/workflows/{id}/duplicates',
    call: 'workflows.duplicate',
    body: 'fields',
    status: 201,
    resource: '/workflows/{id}',
    tag,
    summary: 'Copy a workflow under a new name: a new workflow with the draft of this one (read at /workflows/{id})',
  },
  {
    method: 'POST',
    path: '/workflows/imports',
    call: 'workflows.importDocument',
    body: { into: 'document' },
    status: 201,
    resource: '/workflows/{id}',
    tag,
    summary: 'Import a workflow: the body is the exported document itself (as GET /workflows/{id}/export gives)',
  },
  {
    method: 'GET',
    path: '/workflows/{id}/versions',
    call: 'workflows.get',
    page: { by: ['version'] },
    tag,
    respond: { schema: z.array(WorkflowVersion), from: (w: Workflow) => w.versions },
    summary: 'The published versions of a workflow, oldest first',
  },
  {
    method: 'GET',
    path: '/workflows/{id}/bpmn',
    call: 'workflows.exportBpmn',
    query: ['platformVersion', 'version'],
    tag,
    summary:
      'BPMN 2.0 for Camunda 8 (platformVersion 8.6 to 8.9) of the draft, or of a published version: the XML, ' +
      'a file name, and what that version cannot express (warnings)',
  },
  {
    method: 'POST',
    path: '/workflows/bpmn-imports',
    call: 'workflows.importBpmn',
    body: 'fields',
    status: 201,
    resource: '/workflows/{id}',
    tag,
    summary:
      'Import a BPMN 2.0 file (`xml`) as a new workflow (its draft): start, user tasks, exclusive gateways, timers, ' +
      'Stroomlijn job types and ends; anything else is refused with one issue per element',
  },
  {
    method: 'POST',
    path: '/workflows/{id}/versions/{version}/restore',
    call: 'workflows.restoreVersion',
    tag,
    summary: 'Make a published version the draft again (publish it to run it)',
  },
];
