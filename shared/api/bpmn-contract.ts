import { z } from 'zod';
import { BpmnExport, PlatformVersion } from '../bpmn/platform';
import { Id } from '../model/common';
import { Workflow } from '../model/workflow';

/** BPMN 2.0 for Camunda 8 (issue 15): a workflow's draft, or one of its published versions. */
export const bpmnContract = {
  'workflows.exportBpmn': {
    input: z
      .object({
        id: Id,
        platformVersion: PlatformVersion,
        /** A published version; without it, the draft. */
        version: z.coerce.number().int().positive().optional(),
      })
      .strict(),
    output: BpmnExport,
  },
  /** A BPMN file (Camunda Modeler's, or an export) as a new workflow: its draft; refused per element. */
  'workflows.importBpmn': {
    input: z.object({ xml: z.string().min(1).max(20_000_000, 'is larger than 20 MB') }).strict(),
    output: Workflow,
  },
};
