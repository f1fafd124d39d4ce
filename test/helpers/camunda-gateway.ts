import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CamundaJob, JobFailure } from '../../main/camunda/job-client';

/**
 * A small in-process stand-in for a Camunda 8 gateway's REST job endpoints (v2) on 127.0.0.1:
 * POST /v2/jobs/activation hands out the queued jobs of the asked type, /v2/jobs/{key}/completion
 * and /v2/jobs/{key}/failure are recorded. `offer` queues a job (again, to hand one out twice).
 */
export async function startCamundaGateway(oauth?: { clientId: string; clientSecret: string; audience?: string }) {
  /** Tokens handed out by the token endpoint; `revoke` forgets them (the cluster then answers 401). */
  const tokens = new Set<string>();
  const tokenRequests: Record<string, string>[] = [];
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
      const answer = (status: number, json?: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(json === undefined ? '' : JSON.stringify(json));
      };
      const url = req.url ?? '';
      const raw = Buffer.concat(chunks).toString('utf8');
      if (url === '/oauth/token') {
        const form = Object.fromEntries(new URLSearchParams(raw));
        tokenRequests.push(form);
        const ok =
          oauth &&
          form.grant_type === 'client_credentials' &&
          form.client_id === oauth.clientId &&
          form.client_secret === oauth.clientSecret &&
          (!oauth.audience || form.audience === oauth.audience);
        if (!ok) return answer(401, { error: 'invalid_client' });
        // Shaped as a JWT (the official client reads its expiry from it); unsigned, as nothing checks it but us.
        const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
        const token = `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: form.client_id, n: tokenRequests.length, exp: Math.floor(Date.now() / 1000) + 300 })}.unsigned`;
        tokens.add(token);
        return answer(200, { access_token: token, token_type: 'Bearer', expires_in: 300 });
      }
      if (oauth && !tokens.has((req.headers.authorization ?? '').replace(/^Bearer /, '')))
        return answer(401, { title: 'Unauthorized' });
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      if (url === '/v2/user-tasks/search' && req.method === 'POST') {
        const filter = body.filter as { processInstanceKey?: string; elementId?: string; state?: string };
        return answer(200, {
          items: userTasks.filter(
            (t) =>
              t.processInstanceKey === filter.processInstanceKey &&
              t.elementId === filter.elementId &&
              filter.state === 'CREATED',
          ),
          page: {},
        });
      }
      const task = /^\/v2\/user-tasks\/([^/]+)(\/assignment)?$/.exec(url);
      if (task && (req.method === 'PATCH' || task[2])) {
        const userTaskKey = decodeURIComponent(task[1]!);
        if (!userTasks.some((t) => t.userTaskKey === userTaskKey)) return answer(404, { title: 'no such user task' });
        if (task[2]) userTaskChanges.push({ userTaskKey, assignee: String(body.assignee) });
        else
          userTaskChanges.push({
            userTaskKey,
            candidateUsers: (body.changeset as { candidateUsers: string[] }).candidateUsers,
          });
        return answer(204);
      }
      if (req.method !== 'POST') return answer(405, { title: 'method not allowed' });
      if (url === '/v2/jobs/activation') {
        activations.push({ type: String(body.type), worker: String(body.worker) });
        const max = Number(body.maxJobsToActivate ?? 32);
        const jobs: CamundaJob[] = [];
        for (let i = 0; i < queued.length && jobs.length < max;) {
          if (queued[i]!.type === body.type) jobs.push(...queued.splice(i, 1));
          else i++;
        }
        return answer(200, { jobs });
      }
      const m = /^\/v2\/jobs\/([^/]+)\/(completion|failure)$/.exec(url);
      if (!m) return answer(404, { title: 'not found' });
      const jobKey = decodeURIComponent(m[1]!);
      if (m[2] === 'completion')
        completed.push({ jobKey, ...(body.variables ? { variables: body.variables as Record<string, unknown> } : {}) });
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
    openUserTask: (task: { userTaskKey: string; processInstanceKey: string; elementId: string }) =>
      void userTasks.push(task),
    userTaskChanges,
    tokenRequests,
    revoke: () => tokens.clear(),
    completed,
    failed,
    activations,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
