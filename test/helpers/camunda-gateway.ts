import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CamundaJob, JobFailure } from '../../main/camunda/job-client';

/**
 * A small in-process stand-in for a Camunda 8 gateway's REST job endpoints (v2) on 127.0.0.1:
 * POST /v2/jobs/activation hands out the queued jobs of the asked type, /v2/jobs/{key}/completion
 * and /v2/jobs/{key}/failure are recorded. `offer` queues a job (again, to hand one out twice).
 */
export async function startCamundaGateway() {
  const queued: CamundaJob[] = [];
  const completed: { jobKey: string; variables?: Record<string, unknown> }[] = [];
  const failed: ({ jobKey: string } & JobFailure)[] = [];
  const activations: { type: string; worker: string }[] = [];
  /** Open user tasks by process instance and element; changes to them are recorded. */
  const userTasks: { userTaskKey: string; processInstanceKey: string; elementId: string }[] = [];
  const userTaskChanges: { userTaskKey: string; candidateUsers?: string[]; assignee?: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      const answer = (status: number, json?: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(json === undefined ? '' : JSON.stringify(json));
      };
      const url = req.url ?? '';
      if (url === '/v2/user-tasks/search' && req.method === 'POST') {
        const filter = body.filter as { processInstanceKey?: string; elementId?: string; state?: string };
        return answer(200, { items: userTasks.filter((t) => t.processInstanceKey === filter.processInstanceKey && t.elementId === filter.elementId && filter.state === 'CREATED'), page: {} });
      }
      const task = /^\/v2\/user-tasks\/([^/]+)(\/assignment)?$/.exec(url);
      if (task && (req.method === 'PATCH' || task[2])) {
        const userTaskKey = decodeURIComponent(task[1]!);
        if (!userTasks.some((t) => t.userTaskKey === userTaskKey)) return answer(404, { title: 'no such user task' });
        if (task[2]) userTaskChanges.push({ userTaskKey, assignee: String(body.assignee) });
        else userTaskChanges.push({ userTaskKey, candidateUsers: (body.changeset as { candidateUsers: string[] }).candidateUsers });
        return answer(204);
      }
      if (req.method !== 'POST') return answer(405, { title: 'method not allowed' });
      if (url === '/v2/jobs/activation') {
        activations.push({ type: String(body.type), worker: String(body.worker) });
        const max = Number(body.maxJobsToActivate ?? 32);
        const jobs: CamundaJob[] = [];
        for (let i = 0; i < queued.length && jobs.length < max; ) {
          if (queued[i]!.type === body.type) jobs.push(...queued.splice(i, 1));
          else i++;
        }
        return answer(200, { jobs });
      }
      const m = /^\/v2\/jobs\/([^/]+)\/(completion|failure)$/.exec(url);
      if (!m) return answer(404, { title: 'not found' });
      const jobKey = decodeURIComponent(m[1]!);
      if (m[2] === 'completion') completed.push({ jobKey, ...(body.variables ? { variables: body.variables as Record<string, unknown> } : {}) });
      else failed.push({ jobKey, ...(body as unknown as JobFailure) });
      return answer(204);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `http://127.0.0.1:${port}`,
    offer: (job: CamundaJob) => void queued.push(job),
    /** An open user task of a process instance, as Camunda's user-task search finds it. */
    openUserTask: (task: { userTaskKey: string; processInstanceKey: string; elementId: string }) => void userTasks.push(task),
    userTaskChanges,
    completed,
    failed,
    activations,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
