/**
 * The part of a Camunda 8 cluster the worker talks to: its job endpoints (REST API v2,
 * POST /v2/jobs/activation, /v2/jobs/{jobKey}/completion, /v2/jobs/{jobKey}/failure).
 * Passed in, so tests drive the worker against a mock gateway; @camunda8/sdk's job client fits it too.
 */
export interface CamundaJob {
  jobKey: string;
  type: string;
  /** Attempts left; failing with 0 raises an incident in the cluster. */
  retries: number;
  /** The task's zeebe:taskHeaders, as the export wrote them (shared/bpmn/to-bpmn.ts). */
  customHeaders: Record<string, string>;
  /** The process instance's variables: `fields`, `submitter`, `taskManager` as an export's instance starts with (and stroomlijnItemId / recordId). */
  variables: Record<string, unknown>;
  processInstanceKey?: string;
  elementId?: string;
}

export interface ActivateJobs {
  type: string;
  worker: string;
  /** How long the cluster gives the worker before it hands the job out again, in ms. */
  timeout: number;
  maxJobsToActivate: number;
}

export interface JobFailure {
  retries: number;
  errorMessage: string;
  /** How long the cluster waits before handing the job out again, in ms. */
  retryBackOff?: number;
}

export interface CamundaJobClient {
  activateJobs(request: ActivateJobs): Promise<CamundaJob[]>;
  completeJob(jobKey: string, variables?: Record<string, unknown>): Promise<void>;
  failJob(jobKey: string, failure: JobFailure): Promise<void>;
}
