import type { ActivateJobs, CamundaJob, CamundaJobClient, JobFailure, UserTaskReassignment } from './job-client';
import type { TokenSource } from './oauth-token';

export interface RestJobClientOptions {
  /** The cluster's REST address, e.g. http://localhost:8080 (the path /v2/… is added). */
  address: string;
  /** Bearer tokens for the cluster (OAuth client credentials); none for a local cluster without identity. */
  auth?: TokenSource;
  timeoutMs?: number;
}

/** Camunda 8's REST job API (v2) over fetch. */
export function createRestJobClient(options: RestJobClientOptions): CamundaJobClient {
  const base = options.address.replace(/\/+$/, '');
  async function send(path: string, body: unknown, method: string): Promise<Response> {
    const token = await options.auth?.token();
    return fetch(`${base}/v2${path}`, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      redirect: 'error',
    });
  }
  async function post(path: string, body: unknown, method: 'POST' | 'PATCH' = 'POST'): Promise<unknown> {
    let response = await send(path, body, method);
    if (response.status === 401 && options.auth) {
      // The token was refused (revoked, or the cluster restarted): one new token, one more try.
      options.auth.forget();
      response = await send(path, body, method);
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`Camunda answered ${response.status} to ${method} ${path}: ${text.slice(0, 200)}`);
    return text ? (JSON.parse(text) as unknown) : undefined;
  }
  return {
    async activateJobs(request: ActivateJobs): Promise<CamundaJob[]> {
      const answer = (await post('/jobs/activation', request)) as { jobs?: Partial<CamundaJob>[] } | undefined;
      return (answer?.jobs ?? []).map((j) => ({
        jobKey: String(j.jobKey),
        type: String(j.type),
        retries: Number(j.retries ?? 0),
        customHeaders: j.customHeaders ?? {},
        variables: j.variables ?? {},
        ...(j.processInstanceKey !== undefined ? { processInstanceKey: String(j.processInstanceKey) } : {}),
        ...(j.elementId !== undefined ? { elementId: String(j.elementId) } : {}),
      }));
    },
    async completeJob(jobKey: string, variables?: Record<string, unknown>): Promise<void> {
      await post(`/jobs/${encodeURIComponent(jobKey)}/completion`, variables ? { variables } : {});
    },
    async failJob(jobKey: string, failure: JobFailure): Promise<void> {
      await post(`/jobs/${encodeURIComponent(jobKey)}/failure`, failure);
    },
    async reassignUserTask(request: UserTaskReassignment): Promise<number> {
      const found = (await post('/user-tasks/search', { filter: { processInstanceKey: request.processInstanceKey, elementId: request.elementId, state: 'CREATED' } })) as { items?: { userTaskKey: string | number }[] } | undefined;
      const keys = (found?.items ?? []).map((t) => encodeURIComponent(String(t.userTaskKey)));
      for (const key of keys) {
        await post(`/user-tasks/${key}`, { changeset: { candidateUsers: request.candidateUsers } }, 'PATCH');
        // One user: the task is theirs at once, as Stroomlijn's reassignment makes it.
        if (request.candidateUsers.length === 1) await post(`/user-tasks/${key}/assignment`, { assignee: request.candidateUsers[0], allowOverride: true });
      }
      return keys.length;
    },
  };
}
