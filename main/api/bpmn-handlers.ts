import type { ApiHandlers } from './call';
import { ApiError } from '../../shared/api/errors';
import { toBpmn } from '../../shared/bpmn/to-bpmn';
import type { Store } from '../store/store';

/** Design → export to BPMN, and GET /workflows/{id}/bpmn. */
export const createBpmnHandlers = (store: Store): Pick<ApiHandlers, 'workflows.exportBpmn'> => ({
  'workflows.exportBpmn': async ({ id, platformVersion, version }) => {
    const workflow = store.data.workflows.find((w) => w.id === id);
    if (!workflow) throw ApiError.because('not_found', 'notFound', { thing: 'workflow', id });
    const graph = version === undefined ? workflow.draft : workflow.versions.find((v) => v.version === version)?.graph;
    if (!graph) throw ApiError.because('not_found', 'notFound', { thing: 'workflowVersion', id: `${id} v${version}` });
    return toBpmn({ id: workflow.id, name: workflow.name, graph }, { platformVersion });
  },
});
