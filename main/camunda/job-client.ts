/**
 * The part of a Camunda 8 cluster the worker talks to: its job endpoints (REST API v2,
 * POST /v2/jobs/activation, /v2/jobs/{jobKey}/completion, /v2/jobs/{jobKey}/failure) and, for an
 * escalation's reassignment, its user-task API (POST /v2/user-tasks/search, PATCH /v2/user-tasks/{key},
 * POST /v2/user-tasks/{key}/assignment).
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

/** An escalation's reassignment: the open user task of an element in a process instance, given to these users. */
export interface UserTaskReassignment {
  processInstanceKey: string;
  /** The user task's BPMN element id (the export's `UserTask_<step>`). */
  elementId: string;
  candidateUsers: string[];
}

export interface CamundaJobClient {
  activateJobs(request: ActivateJobs): Promise<CamundaJob[]>;
  /** Camunda's user-task API (search, update, assign): answers how many open user tasks were changed. */
  reassignUserTask(request: UserTaskReassignment): Promise<number>;
  completeJob(jobKey: string, variables?: Record<string, unknown>): Promise<void>;
  failJob(jobKey: string, failure: JobFailure): Promise<void>;
}
