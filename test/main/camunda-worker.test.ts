import type { AddressObject } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { JobTypes } from '@shared/bpmn/jobs';
import { WorkerJobTypes } from '@shared/model/camunda-settings';
import { toBpmn } from '@shared/bpmn/to-bpmn';
import { escalating } from '../helpers/bpmn-workflows';
import { createJobWorker } from '../../main/camunda/job-worker';
import { createSdkJobClient } from '../../main/camunda/sdk-job-client';
import type { CamundaJob } from '../../main/camunda/job-client';
import type { OutboundPolicy } from '../../main/net/safe-fetch';
import { sendThroughSmtp } from '../helpers/app-smtp';
import { startCamundaGateway } from '../helpers/camunda-gateway';
import { fakeClock } from '../helpers/clock';
import { startReceiver } from '../helpers/receiver';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();

/** The real app with its outbox at a real SMTP server, a mock gateway, and our REST client and worker between them. */
async function setUp(policy: OutboundPolicy = { allowedHosts: [], ownPorts: [] }) {
  const clock = fakeClock();
  const app = await apps.open(tempDir(), clock);
  const smtp = await sendThroughSmtp(app, apps.track);
  const gateway = apps.track(await startCamundaGateway());
  const worker = createJobWorker({
    client: createSdkJobClient({ restAddress: gateway.address, jobTypes: [...WorkerJobTypes] }),
    world: {
      get db() {
        return app.store.data;
      },
      recordOf: () => undefined,
    },
    outbox: app.outbox,
    inbox: app.inbox,
    clock,
    policy: () => policy,
  });
  return { app, smtp, gateway, worker };
}

/** A send task as the export writes it: moment, template, addressees (here one named user). */
const sendJob = (jobKey: string): CamundaJob => ({
  jobKey,
  type: JobTypes.sendMessage,
  retries: 3,
  processInstanceKey: '2251799813685251',
  elementId: 'SendTask_start',
  customHeaders: {
    moment: 'start',
    template: 'tpl-instuurder',
    addressees: JSON.stringify([{ type: 'users', userIds: ['user-bram'] }]),
  },
  variables: { subject: 'Adreswijziging Korenaar' },
});

describe('worker mode: Stroomlijn serves its job types to a Camunda 8 gateway through the official client (issue 15 part 3)', () => {
  it('sends a send-message job through the outbox to the SMTP server and completes the job', async () => {
    const { app, smtp, gateway, worker } = await setUp();
    gateway.offer(sendJob('101'));
    expect(await worker.poll()).toBe(1);
    await app.outbox.drain();
    expect(smtp.received.map((m) => [m.subject, (m.to as AddressObject).value[0]!.address])).toEqual([
      ['Je mutatie “Adreswijziging Korenaar” is ontvangen', 'bram.jansen@stroomlijn.example'],
    ]);
    expect(gateway.completed).toEqual([{ jobKey: '101', variables: { stroomlijnMessages: 1 } }]);
    expect(gateway.failed).toEqual([]);
    expect(gateway.activations.map((a) => a.type)).toEqual([
      JobTypes.sendMessage,
      JobTypes.callWebhook,
      JobTypes.createCrmTask,
      JobTypes.setRecordField,
      JobTypes.reassignTask,
    ]);
  });

  it('sends one mail for a job handed out twice (idempotent by job key), and completes it both times', async () => {
    const { app, smtp, gateway, worker } = await setUp();
    gateway.offer(sendJob('202'));
    await worker.poll();
    gateway.offer(sendJob('202'));
    await worker.poll();
    await app.outbox.drain();
    expect(smtp.received).toHaveLength(1);
    expect(app.outbox.sentEffect('camunda:202')).toBe(true);
    expect(gateway.completed.map((c) => c.jobKey)).toEqual(['202', '202']);
  });

  it('fails a webhook job to a refused address with the reason and no retries: repeating cannot change it', async () => {
    const { gateway, worker } = await setUp();
    gateway.offer({
      jobKey: '303',
      type: JobTypes.callWebhook,
      retries: 4,
      customHeaders: { method: 'POST', url: 'http://10.0.0.7/hook' },
      variables: {},
    });
    await worker.poll();
    expect(gateway.completed).toEqual([]);
    expect(gateway.failed).toHaveLength(1);
    expect(gateway.failed[0]).toMatchObject({ jobKey: '303', retries: 0 });
    expect(gateway.failed[0]!.errorMessage).toContain('webhook POST http://10.0.0.7/hook: ');
    expect(gateway.failed[0]!.errorMessage).toContain('a private network address');
  });

  it('fails a webhook job whose receiver answers 503 with one retry less, and sends its job key as Idempotency-Key', async () => {
    const receiver = apps.track(await startReceiver(() => 503));
    const { gateway, worker } = await setUp({ allowedHosts: ['127.0.0.1'], ownPorts: [] });
    gateway.offer({
      jobKey: '404',
      type: JobTypes.callWebhook,
      retries: 3,
      customHeaders: { method: 'POST', url: receiver.url },
      variables: { fields: { klant: 'Korenaar' }, submitter: 'user-eva' },
    });
    await worker.poll();
    expect(gateway.failed).toEqual([
      {
        jobKey: '404',
        retries: 2,
        errorMessage: `webhook POST ${receiver.url}: HTTP 503: status 503`,
        retryBackOff: 10_000,
      },
    ]);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.headers['idempotency-key']).toBe('camunda:404');
    expect(receiver.received[0]!.body).toMatchObject({ item: { fields: { klant: 'Korenaar' } } });
  });

  it('fails a job of a type it does not serve with a clear reason', async () => {
    const { gateway, worker } = await setUp();
    const job: CamundaJob = {
      jobKey: '505',
      type: 'io.camunda:http-json:1',
      retries: 3,
      customHeaders: {},
      variables: {},
    };
    await worker.handle(job);
    expect(gateway.failed).toEqual([
      {
        jobKey: '505',
        retries: 0,
        retryBackOff: 0,
        errorMessage:
          'Stroomlijn does not serve job type "io.camunda:http-json:1" (it serves stroomlijn.send-message, stroomlijn.call-webhook, stroomlijn.create-crm-task, stroomlijn.set-record-field, stroomlijn.reassign-task)',
      },
    ]);
  });

  it('hands an escalated user task to other users through Camunda’s user-task API, as the export’s reassign job says', async () => {
    const { gateway, worker } = await setUp();
    const xml = (await toBpmn(escalating(), { platformVersion: '8.8' })).xml;
    const headers = Object.fromEntries(
      [...xml.matchAll(/<zeebe:header key="(\w+)" value="([^"]*)" \/>/g)]
        .filter((m) => (m.index ?? 0) > xml.indexOf('<bpmn:serviceTask id="ServiceTask_t1_reassign"'))
        .slice(0, 4)
        .map((m) => [m[1]!, m[2]!]),
    );
    expect(headers).toMatchObject({ task: 't1', userTask: 'UserTask_t1', users: 'u-1,u-2' });
    gateway.openUserTask({ userTaskKey: '9001', processInstanceKey: '77', elementId: 'UserTask_t1' });
    gateway.openUserTask({ userTaskKey: '9002', processInstanceKey: '78', elementId: 'UserTask_t1' });
    gateway.offer({
      jobKey: '606',
      type: JobTypes.reassignTask,
      retries: 3,
      processInstanceKey: '77',
      customHeaders: headers,
      variables: {},
    });
    await worker.poll();
    expect(gateway.userTaskChanges).toEqual([{ userTaskKey: '9001', candidateUsers: ['u-1', 'u-2'] }]);
    expect(gateway.completed).toEqual([{ jobKey: '606', variables: { stroomlijnReassigned: 1 } }]);
    // One user: the task is assigned to them as well. Done meanwhile: nothing to change, still complete.
    gateway.offer({
      jobKey: '607',
      type: JobTypes.reassignTask,
      retries: 3,
      processInstanceKey: '78',
      customHeaders: { ...headers, users: 'u-3' },
      variables: {},
    });
    gateway.offer({
      jobKey: '608',
      type: JobTypes.reassignTask,
      retries: 3,
      processInstanceKey: '79',
      customHeaders: headers,
      variables: {},
    });
    gateway.offer({ jobKey: '609', type: JobTypes.reassignTask, retries: 3, customHeaders: headers, variables: {} });
    await worker.poll();
    expect(gateway.userTaskChanges.slice(1)).toEqual([
      { userTaskKey: '9002', candidateUsers: ['u-3'] },
      { userTaskKey: '9002', assignee: 'u-3' },
    ]);
    expect(gateway.completed.slice(1)).toEqual([
      { jobKey: '607', variables: { stroomlijnReassigned: 1 } },
      { jobKey: '608', variables: { stroomlijnReassigned: 0 } },
    ]);
    expect(gateway.failed).toEqual([
      { jobKey: '609', retries: 0, retryBackOff: 0, errorMessage: 'the job names no process instance' },
    ]);
  });

  it('puts an inbox message in the recipient’s inbox once, and mails nobody, for a job handed out twice', async () => {
    const { app, smtp, gateway, worker } = await setUp();
    const job = { ...sendJob('707'), customHeaders: { ...sendJob('707').customHeaders, channel: 'inbox' } };
    gateway.offer(job);
    await worker.poll();
    gateway.offer(job);
    await worker.poll();
    await app.outbox.drain();
    expect(smtp.received).toHaveLength(0);
    expect(app.inbox.list('user-bram').map((e) => e.subject)).toEqual([
      'Je mutatie “Adreswijziging Korenaar” is ontvangen',
    ]);
    expect(gateway.completed.map((c) => c.jobKey)).toEqual(['707', '707']);
  });
});
