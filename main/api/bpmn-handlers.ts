import type { ApiHandlers } from './call';
import { ApiError } from '@shared/api/errors';
import { issueBecause, type IssueReasonKey } from '@shared/api/reasons';
import { toBpmn } from '@shared/bpmn/to-bpmn';
import { fromBpmn } from '@shared/bpmn/from-bpmn';
import type { WorkflowService } from '../services/workflows';
import type { Store } from '../store/store';
import { versionOf, workflowById } from '@shared/workflow/queries';

/** The exported document an imported BPMN file becomes (its time is not read: the import ignores it). */
const NOT_EXPORTED = '1970-01-01T00:00:00.000Z';

/** Design → export to and import from BPMN, GET /workflows/{id}/bpmn and POST /workflows/bpmn-imports. */
export const createBpmnHandlers = (
  store: Store,
  workflows: WorkflowService,
): Pick<ApiHandlers, 'workflows.exportBpmn' | 'workflows.importBpmn'> => ({
  'workflows.exportBpmn': async ({ id, platformVersion, version }) => {
    const workflow = workflowById(store.data.workflows, id);
    if (!workflow) throw ApiError.because('not_found', 'notFound', { thing: 'workflow', id });
    const graph = version === undefined ? workflow.draft : versionOf(workflow, version)?.graph;
    if (!graph) throw ApiError.because('not_found', 'notFound', { thing: 'workflowVersion', id: `${id} v${version}` });
    return toBpmn({ id: workflow.id, name: workflow.name, graph }, { platformVersion });
  },
  'workflows.importBpmn': async ({ xml }) => {
    const read = await fromBpmn(xml);
    if (!read.ok) {
      throw ApiError.invalidInput(
        'This BPMN file holds what a Stroomlijn workflow cannot',
        read.problems.map((p) =>
          issueBecause(
            `xml.${p.elementId || 'file'}`,
            `bpmn${p.code[0]!.toUpperCase()}${p.code.slice(1)}` as IssueReasonKey,
            { element: p.name ?? p.elementId, detail: p.detail },
          ),
        ),
      );
    }
    const name = read.name.trim().slice(0, 200) || 'BPMN';
    return workflows.importDocument({
      format: 'stroomlijn.workflow',
      formatVersion: 1,
      exportedAt: NOT_EXPORTED,
      workflow: { id: 'bpmn', name, draft: read.graph },
    });
  },
});
