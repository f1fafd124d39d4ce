import type { Camunda8 } from '@camunda8/sdk';
import type { CamundaSettings } from '@shared/model/camunda-settings';
import type { ActivateJobs, CamundaJob, CamundaJobClient, JobFailure, UserTaskReassignment } from './job-client';

type RestClient = ReturnType<Camunda8['getCamundaRestClient']>;

/**
 * The official client (@camunda8/sdk, its REST client) behind our job-client port: the SDK does the
 * requests and the OAuth client-credentials exchange. Its configuration is given whole, so nothing is
 * read from the environment; no token is cached on disk. Loaded on first use: the SDK (gRPC included)
 * costs a start that does not serve a cluster nothing.
 */
export function createSdkJobClient(settings: CamundaSettings): CamundaJobClient {
  let rest: Promise<RestClient> | null = null;
  const client = () =>
    (rest ??= import('@camunda8/sdk').then(({ Camunda8 }) => {
      const oauth = Boolean(settings.clientId && settings.tokenUrl);
      return new Camunda8({
        ZEEBE_REST_ADDRESS: settings.restAddress,
        CAMUNDA_AUTH_STRATEGY: oauth ? 'OAUTH' : 'NONE',
        ...(oauth
          ? {
              CAMUNDA_OAUTH_URL: settings.tokenUrl!,
              ZEEBE_CLIENT_ID: settings.clientId!,
              ZEEBE_CLIENT_SECRET: settings.clientSecret ?? '',
              ...(settings.audience ? { ZEEBE_TOKEN_AUDIENCE: settings.audience } : {}),
            }
          : {}),
        CAMUNDA_TOKEN_DISK_CACHE_DISABLE: true,
        // What goes wrong is said by the worker's status and log, once; the SDK would print each failure with its stack.
        CAMUNDA_LOG_LEVEL: 'none',
      }).getCamundaRestClient();
    }));
  /**
   * One call, again with a new client (and so a new token) when the cluster refused the token: the
   * SDK keeps a token until it expires, also one the cluster no longer takes.
   */
  async function call<T>(run: (rest: RestClient) => Promise<T>): Promise<T> {
    try {
      return await run(await client());
    } catch (error) {
      if ((error as { response?: { statusCode?: number } }).response?.statusCode !== 401) throw error;
      rest = null;
      return run(await client());
    }
  }
  /**
   * Candidate users by the documented PATCH /v2/user-tasks/{key} ({changeset}), with the SDK's own
   * authorization: its updateUserTask (8.7) patches …/update, which Camunda's API does not have.
   */
  async function setCandidates(client: RestClient, userTaskKey: string, candidateUsers: string[]) {
    const headers = await (client as unknown as { getHeaders(): Promise<Record<string, string>> }).getHeaders();
    const response = await fetch(
      `${settings.restAddress.replace(/\/+$/, '')}/v2/user-tasks/${encodeURIComponent(userTaskKey)}`,
      {
        method: 'PATCH',
        headers: { ...headers, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ changeset: { candidateUsers } }),
        signal: AbortSignal.timeout(30_000),
        redirect: 'error',
      },
    );
    if (!response.ok)
      throw Object.assign(
        new Error(
          `Camunda answered ${response.status} to PATCH /v2/user-tasks/${userTaskKey}: ${(await response.text()).slice(0, 200)}`,
        ),
        { response: { statusCode: response.status } },
      );
  }
  return {
    async activateJobs(request: ActivateJobs): Promise<CamundaJob[]> {
      const jobs = await call((rest) =>
        rest.activateJobs({
          type: request.type,
          worker: request.worker,
          timeout: request.timeout,
          maxJobsToActivate: request.maxJobsToActivate,
        }),
      );
      return jobs.map((j) => ({
        jobKey: String(j.jobKey),
        type: j.type,
        retries: Number(j.retries),
        customHeaders: Object.fromEntries(Object.entries(j.customHeaders ?? {}).map(([k, v]) => [k, String(v)])),
        variables: { ...(j.variables as Record<string, unknown>) },
        ...(j.processInstanceKey !== undefined && j.processInstanceKey !== null
          ? { processInstanceKey: String(j.processInstanceKey) }
          : {}),
        ...(j.elementId ? { elementId: j.elementId } : {}),
      }));
    },
    async completeJob(jobKey: string, variables?: Record<string, unknown>): Promise<void> {
      await call((rest) => rest.completeJob({ jobKey, variables: (variables ?? {}) as never }));
    },
    async failJob(jobKey: string, failure: JobFailure): Promise<void> {
      await call((rest) =>
        rest.failJob({
          jobKey,
          retries: failure.retries,
          errorMessage: failure.errorMessage,
          retryBackOff: failure.retryBackOff ?? 0,
        }),
      );
    },
    reassignUserTask: (request: UserTaskReassignment): Promise<number> =>
      call(async (rest) => {
        const found = await rest.searchUserTasks({
          filter: { processInstanceKey: request.processInstanceKey, elementId: request.elementId, state: 'CREATED' },
        } as never);
        const keys = (found.items ?? []).map((t) => String((t as { userTaskKey: string | number }).userTaskKey));
        for (const userTaskKey of keys) {
          await setCandidates(rest, userTaskKey, request.candidateUsers);
          // One user: the task is theirs at once, as Stroomlijn's own reassignment makes it.
          if (request.candidateUsers.length === 1)
            await rest.assignUserTask({ userTaskKey, assignee: request.candidateUsers[0]!, allowOverride: true });
        }
        return keys.length;
      }),
  };
}
