import { JobTypes } from '@shared/bpmn/jobs';
import type { EngineEffect } from '@shared/engine/types';
import type { Addressee } from '@shared/model/message-setting';
import type { ItemRecord } from '@shared/model/item';
import type { Channel } from '@shared/model/template';
import { type WorkerJobType, WorkerJobTypes } from '@shared/model/camunda-settings';
import type { Clock } from '../clock';
import type { Outbox } from '../mail/outbox';
import type { OutboundPolicy } from '../net/safe-fetch';
import { renderEffect } from '../engine/effect-messages';
import { inboxEntries } from '../engine/record-runs';
import type { InboxEntry } from '@shared/model/record';
import type { MessageWorld } from '../engine/message-world';
import { WEBHOOK_DEFAULTS, webhookAttempt } from '../engine/webhook-call';
import type { CamundaJob, CamundaJobClient } from './job-client';
import { latestVersion, workflowById } from '@shared/workflow/queries';

/** The job types this worker serves (the check-reaction listener is Tasklist's, not ours). */
export const WORKER_JOB_TYPES = WorkerJobTypes;

type CreateTask = Extract<EngineEffect, { type: 'createTask' }>;

export interface JobWorkerDeps {
  client: CamundaJobClient;
  world: MessageWorld;
  outbox: Pick<Outbox, 'enqueue' | 'sentEffect'>;
  clock: Clock;
  /** The outbound policy webhook steps follow (allowlist, never our own API): the runtime's. */
  policy: () => OutboundPolicy;
  /** The item a job's process instance is about, when its variables name one (stroomlijnItemId). */
  findItem?: (id: string) => Promise<ItemRecord | undefined>;
  /** The records service's "create task" step (createTaskForStep), as the runtime uses it. */
  createTask?: (item: ItemRecord, step: CreateTask) => Promise<string>;
  /** The records service's write-back to a record (writeBackToRecord), as the runtime uses it. */
  writeBack?: (
    recordId: string,
    fields: Record<string, unknown>,
    origin: { workflowId: string; depth: number },
  ) => Promise<void>;
  /** Where inbox messages go (a send task with channel inbox or both), as the runtime's. */
  inbox?: { add(entries: InboxEntry[]): Promise<void> };
  /** Which job types to ask for; all by default. */
  jobTypes?: readonly WorkerJobType[];
  workerName?: string;
  /** How long the cluster lets us hold a job (ms). */
  jobTimeoutMs?: number;
  maxJobs?: number;
}

/** How one job went: done (with variables to set), or failed with a reason and whether trying again may help. */
type JobOutcome = { ok: true; variables?: Record<string, unknown> } | { ok: false; reason: string; retry: boolean };

/** The effect key a job's work is known by, in the outbox and as a webhook's Idempotency-Key. */
export const jobEffectKey = (jobKey: string): string => `camunda:${jobKey}`;

const RETRY_BACKOFF_MS = 10_000;

const parseJson = <T>(text: string | undefined, fallback: T): T => {
  if (text === undefined || text === '') return fallback;
  return JSON.parse(text) as T;
};

/**
 * Serves Stroomlijn's job types to a Camunda 8 cluster through the same code as our own runtime:
 * messages rendered by renderEffect and sent by the outbox, webhooks by the SSRF-checked client,
 * CRM tasks and record fields by the records service. A job's work is keyed by its job key, so a
 * job handed out twice sends one message. A failure gives the job back with one retry less and
 * the reason; one that repeating cannot change (a refused address, an unknown job type) with none.
 */
export function createJobWorker(deps: JobWorkerDeps) {
  const { client, world, outbox, clock } = deps;
  /** Jobs being worked on now: a second activation of one waits for nothing and does nothing twice. */
  const underway = new Set<string>();

  async function itemOf(job: CamundaJob): Promise<ItemRecord> {
    const v = job.variables;
    const id = typeof v.stroomlijnItemId === 'string' ? v.stroomlijnItemId : undefined;
    const known = id && deps.findItem ? await deps.findItem(id) : undefined;
    if (known) return known;
    const workflowId =
      typeof v.stroomlijnWorkflowId === 'string'
        ? v.stroomlijnWorkflowId
        : `camunda-${job.processInstanceKey ?? job.jobKey}`;
    const workflow = workflowById(world.db.workflows, workflowId);
    const version =
      typeof v.stroomlijnVersion === 'number' ? v.stroomlijnVersion : (latestVersion(workflow)?.version ?? 1);
    const now = clock.now().toISOString();
    // An export's instances start with the variables `fields`, `submitter` and `taskManager` (README); other variables count as fields too.
    const given =
      v.fields && typeof v.fields === 'object' && !Array.isArray(v.fields) ? (v.fields as Record<string, unknown>) : {};
    const loose = Object.entries(v).filter(
      ([k]) => !k.startsWith('stroomlijn') && !['fields', 'submitter', 'taskManager'].includes(k),
    );
    const fields = { ...Object.fromEntries(loose), ...given };
    const submitter =
      typeof v.submitter === 'string'
        ? v.submitter
        : typeof v.submitterUserId === 'string'
          ? v.submitterUserId
          : undefined;
    return {
      id: id ?? `camunda-${job.processInstanceKey ?? job.jobKey}`,
      number: String(job.processInstanceKey ?? job.jobKey),
      subject: typeof v.subject === 'string' ? v.subject : (workflow?.name ?? 'Camunda'),
      workflowId,
      version,
      ...(typeof v.recordId === 'string' ? { recordId: v.recordId } : {}),
      ...(submitter ? { submitterUserId: submitter } : {}),
      createdAt: now,
      updatedAt: now,
      status: 'running',
      fields,
      tasks: [],
      waits: [],
      reactions: [],
      history: [],
      seq: 0,
    };
  }

  async function sendMessage(job: CamundaJob, item: ItemRecord): Promise<JobOutcome> {
    const h = job.customHeaders;
    const key = jobEffectKey(job.jobKey);
    if (outbox.sentEffect(key)) return { ok: true };
    const moment = h.moment as 'start' | 'enter' | 'action' | 'notify' | undefined;
    if (!moment || !['start', 'enter', 'action', 'notify'].includes(moment))
      return { ok: false, reason: `the send task has no valid "moment" header (${h.moment ?? 'none'})`, retry: false };
    const addressees = parseJson<Addressee[]>(h.addressees, []);
    const effect = {
      type: 'queueMessage' as const,
      key,
      nodeId: job.elementId ?? job.jobKey,
      moment,
      addressees,
      ...(h.template ? { templateId: h.template } : {}),
      ...(h.channel ? { channel: h.channel as Channel } : {}),
      ...(h.task ? { taskNodeId: h.task } : {}),
    };
    const { channel, drafts, problem } = renderEffect(world, item, effect);
    if (problem && !drafts.length) return { ok: false, reason: problem, retry: false };
    if (channel !== 'inbox' && drafts.length) await outbox.enqueue(drafts);
    // Inbox entries take their ids from the job's key: a job handed out twice adds them once.
    if ((channel === 'inbox' || channel === 'both') && deps.inbox)
      await deps.inbox.add(inboxEntries(item, key, drafts, clock.now().toISOString()));
    return { ok: true, variables: { stroomlijnMessages: drafts.length } };
  }

  async function callWebhook(job: CamundaJob, item: ItemRecord): Promise<JobOutcome> {
    const h = job.customHeaders;
    if (!h.url) return { ok: false, reason: 'the service task has no "url" header', retry: false };
    const effect = {
      type: 'callWebhook' as const,
      key: jobEffectKey(job.jobKey),
      nodeId: job.elementId ?? job.jobKey,
      method: (h.method ?? 'POST').toUpperCase(),
      url: h.url,
      ...(h.body ? { bodyTemplate: h.body } : {}),
      timeoutSeconds: h.timeoutSeconds ? Number(h.timeoutSeconds) : WEBHOOK_DEFAULTS.timeoutSeconds,
    };
    const { outcome, responseBody } = await webhookAttempt(world, item, effect, deps.policy());
    if (!outcome.ok)
      return { ok: false, reason: `webhook ${effect.method} ${effect.url}: ${outcome.error}`, retry: outcome.retry };
    return {
      ok: true,
      variables: {
        stroomlijnWebhookStatus: outcome.status,
        ...(responseBody !== undefined ? { stroomlijnWebhookResponse: responseBody } : {}),
      },
    };
  }

  async function createCrmTask(job: CamundaJob, item: ItemRecord): Promise<JobOutcome> {
    const h = job.customHeaders;
    if (!deps.createTask) return { ok: false, reason: 'CRM tasks cannot be made here', retry: false };
    if (!h.title) return { ok: false, reason: 'the service task has no "title" header', retry: false };
    const title = await deps.createTask(item, {
      type: 'createTask',
      key: jobEffectKey(job.jobKey),
      nodeId: job.elementId ?? job.jobKey,
      title: h.title,
      ...(h.taskType ? { taskType: h.taskType } : {}),
      ...(h.assignee ? { assigneeUserId: h.assignee } : {}),
      ...(h.dueInDays ? { dueInDays: Number(h.dueInDays) } : {}),
    });
    return { ok: true, variables: { stroomlijnTaskTitle: title } };
  }

  async function setRecordField(job: CamundaJob, item: ItemRecord): Promise<JobOutcome> {
    const h = job.customHeaders;
    if (!deps.writeBack) return { ok: false, reason: 'records cannot be written here', retry: false };
    if (!item.recordId)
      return {
        ok: false,
        reason: 'the process has no "recordId" variable: there is no record to set a field of',
        retry: false,
      };
    if (!h.field) return { ok: false, reason: 'the service task has no "field" header', retry: false };
    const value = parseJson<unknown>(h.value, null);
    await deps.writeBack(item.recordId, { [h.field]: value }, { workflowId: item.workflowId, depth: 1 });
    return { ok: true, variables: { [h.field]: value } };
  }

  async function reassignTask(job: CamundaJob): Promise<JobOutcome> {
    const h = job.customHeaders;
    const users = (h.users ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    if (!h.userTask || users.length === 0)
      return { ok: false, reason: 'the service task needs "userTask" and "users" headers', retry: false };
    if (!job.processInstanceKey) return { ok: false, reason: 'the job names no process instance', retry: false };
    const changed = await client.reassignUserTask({
      processInstanceKey: job.processInstanceKey,
      elementId: h.userTask,
      candidateUsers: users,
    });
    // None open: the task was done meanwhile; nothing is left to hand over.
    return { ok: true, variables: { stroomlijnReassigned: changed } };
  }

  const handlers: Record<WorkerJobType, (job: CamundaJob, item: ItemRecord) => Promise<JobOutcome>> = {
    [JobTypes.sendMessage]: sendMessage,
    [JobTypes.callWebhook]: callWebhook,
    [JobTypes.createCrmTask]: createCrmTask,
    [JobTypes.setRecordField]: setRecordField,
    [JobTypes.reassignTask]: reassignTask,
  };
  const isWorkerType = (type: string): type is WorkerJobType => (WORKER_JOB_TYPES as readonly string[]).includes(type);

  async function outcomeOf(job: CamundaJob): Promise<JobOutcome> {
    if (!isWorkerType(job.type))
      return {
        ok: false,
        reason: `Stroomlijn does not serve job type "${job.type}" (it serves ${WORKER_JOB_TYPES.join(', ')})`,
        retry: false,
      };
    try {
      return await handlers[job.type](job, await itemOf(job));
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error), retry: true };
    }
  }

  /** Carry out one job and complete or fail it in the cluster. */
  async function handle(job: CamundaJob): Promise<void> {
    if (underway.has(job.jobKey)) return;
    underway.add(job.jobKey);
    try {
      const outcome = await outcomeOf(job);
      if (outcome.ok) await client.completeJob(job.jobKey, outcome.variables);
      else
        await client.failJob(job.jobKey, {
          retries: outcome.retry ? Math.max(0, job.retries - 1) : 0,
          errorMessage: outcome.reason,
          ...(outcome.retry ? { retryBackOff: RETRY_BACKOFF_MS } : {}),
        });
    } finally {
      underway.delete(job.jobKey);
    }
  }

  /** Ask the cluster once for jobs of each served type and carry them out; resolves with how many were handled. */
  async function poll(): Promise<number> {
    let handled = 0;
    for (const type of deps.jobTypes ?? WORKER_JOB_TYPES) {
      const jobs = await client.activateJobs({
        type,
        worker: deps.workerName ?? 'stroomlijn',
        timeout: deps.jobTimeoutMs ?? 60_000,
        maxJobsToActivate: deps.maxJobs ?? 32,
      });
      for (const job of jobs) await handle(job);
      handled += jobs.length;
    }
    return handled;
  }

  return { poll, handle };
}

export type JobWorker = ReturnType<typeof createJobWorker>;
