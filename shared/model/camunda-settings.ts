import { validationMessages } from './messages';
import { z } from 'zod';
import { JobTypes } from '../bpmn/jobs';

/** The job types a Stroomlijn worker can serve to a Camunda 8 cluster (issue 15 part 3). */
export const WorkerJobTypes = [
  JobTypes.sendMessage,
  JobTypes.callWebhook,
  JobTypes.createCrmTask,
  JobTypes.setRecordField,
  JobTypes.reassignTask,
] as const;
export type WorkerJobType = (typeof WorkerJobTypes)[number];

const RestAddress = z
  .string()
  .trim()
  .min(1, { error: validationMessages.required, abort: true })
  .regex(/^https?:\/\/[^\s/?#@]+(\/[^\s?#]*)?$/i, validationMessages.httpAddress);

/**
 * Worker mode (issue 15 part 3): the Camunda 8 cluster whose jobs Stroomlijn serves. Its REST
 * address, OAuth client credentials (none for a local cluster) and which of our job types to take.
 */
export const CamundaSettings = z.object({
  restAddress: RestAddress,
  /** Where client credentials are exchanged for a token (Camunda SaaS: https://login.cloud.camunda.io/oauth/token; self-managed: Keycloak's token endpoint). */
  tokenUrl: RestAddress.optional(),
  /** The token's audience, when the identity provider asks for one (SaaS: zeebe.camunda.io). */
  audience: z.string().trim().max(200).optional(),
  clientId: z.string().trim().max(200).optional(),
  clientSecret: z.string().max(500).optional(),
  jobTypes: z.array(z.enum(WorkerJobTypes)).min(1, validationMessages.noneChosen),
});
export type CamundaSettings = z.infer<typeof CamundaSettings>;

/** Worker mode as an answer shows it: never the client secret, only whether one is kept. */
export const CamundaSettingsView = z.object({
  camunda: CamundaSettings.omit({ clientSecret: true }).extend({ hasSecret: z.boolean() }).optional(),
});
export type CamundaSettingsView = z.infer<typeof CamundaSettingsView>;

/** How worker mode is doing, for Settings: off, polling, or failing with the last error. */
export const CamundaWorkerStatus = z.object({
  state: z.enum(['off', 'running', 'failing']),
  /** When the cluster was last asked for jobs. */
  lastPollAt: z.string().optional(),
  /** What went wrong last, as the cluster or the network said it. */
  lastError: z.string().optional(),
  /** Jobs completed or failed since the app started. */
  jobsHandled: z.number().int(),
});
export type CamundaWorkerStatus = z.infer<typeof CamundaWorkerStatus>;
