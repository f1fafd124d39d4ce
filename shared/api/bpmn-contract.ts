import { z } from 'zod';
import { BpmnExport, PlatformVersion } from '../bpmn/platform';
import { Id } from '../model/common';

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
};
