import { describe, expect, it } from 'vitest';
import { JobTypes } from '@shared/bpmn/jobs';
import { nextPollIn } from '../../main/camunda/worker-service';
import { startCamundaGateway } from '../helpers/camunda-gateway';
import { fakeClock } from '../helpers/clock';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();
const oauth = { clientId: 'stroomlijn-worker', clientSecret: 'zeer-geheim-42', audience: 'zeebe.camunda.io' };

async function setUp() {
  const clock = fakeClock();
  const app = await apps.open(tempDir(), clock);
  const gateway = apps.track(await startCamundaGateway(oauth));
  const save = (changes: Record<string, unknown> = {}) =>
    app.dispatch('camunda.saveSettings', {
      camunda: {
        restAddress: gateway.address,
        tokenUrl: `${gateway.address}/oauth/token`,
        audience: oauth.audience,
        clientId: oauth.clientId,
        clientSecret: oauth.clientSecret,
        jobTypes: [JobTypes.sendMessage, JobTypes.reassignTask],
        ...changes,
      },
    });
  return { app, gateway, clock, save };
}

describe('worker mode runs from the saved settings (issue 15 part 3)', () => {
  it('exchanges the client credentials for a token once, asks the cluster for the chosen job types with it, and says so', async () => {
    const { app, gateway, save } = await setUp();
    expect(await app.dispatch('camunda.status', {})).toEqual({ state: 'off', jobsHandled: 0 });
    await save();
    expect(await app.dispatch('camunda.pollNow', {})).toEqual({ handled: 0 });
    expect(await app.dispatch('camunda.pollNow', {})).toEqual({ handled: 0 });
    expect(gateway.tokenRequests).toEqual([
      {
        grant_type: 'client_credentials',
        client_id: oauth.clientId,
        client_secret: oauth.clientSecret,
        audience: oauth.audience,
      },
    ]);
    expect(gateway.activations.map((a) => a.type)).toEqual([
      JobTypes.sendMessage,
      JobTypes.reassignTask,
      JobTypes.sendMessage,
      JobTypes.reassignTask,
    ]);
    expect(await app.dispatch('camunda.status', {})).toMatchObject({
      state: 'running',
      jobsHandled: 0,
      lastPollAt: expect.any(String),
    });
    // The cluster forgets the token: one new token, and the poll goes on.
    gateway.revoke();
    await app.dispatch('camunda.pollNow', {});
    expect(gateway.tokenRequests).toHaveLength(2);
    expect(gateway.activations).toHaveLength(6);
  });

  it('says why when the secret is wrong, asks the cluster for nothing, and recovers once the settings are right', async () => {
    const { app, gateway, save } = await setUp();
    await save({ clientSecret: 'fout' });
    const refused = await app
      .dispatch('camunda.pollNow', {})
      .catch((e: { reason?: { key: string; params: { detail: string } } }) => e);
    expect((refused as { reason: { key: string } }).reason.key).toBe('camundaUnreachable');
    expect((refused as { reason: { params: { detail: string } } }).reason.params.detail).toMatch(
      /token.*401|401.*oauth\/token/,
    );
    expect(await app.dispatch('camunda.status', {})).toMatchObject({
      state: 'failing',
      lastError: expect.stringContaining('401'),
    });
    expect(gateway.activations).toEqual([]);
    await save();
    await app.dispatch('camunda.pollNow', {});
    expect(await app.dispatch('camunda.status', {})).toMatchObject({ state: 'running' });
    expect(gateway.activations).toHaveLength(2);
  });

  it('stops when worker mode is turned off, and refuses a client id without a token address', async () => {
    const { app, gateway, save } = await setUp();
    await save();
    await app.dispatch('camunda.pollNow', {});
    await app.dispatch('camunda.saveSettings', { camunda: null });
    expect(await app.dispatch('camunda.status', {})).toMatchObject({ state: 'off' });
    const off = await app.dispatch('camunda.pollNow', {}).catch((e: { reason?: { key: string } }) => e);
    expect((off as { reason: { key: string } }).reason.key).toBe('camundaOff');
    expect(gateway.activations).toHaveLength(2);
    const bad = await app
      .dispatch('camunda.saveSettings', {
        camunda: { restAddress: gateway.address, clientId: 'x', jobTypes: [JobTypes.sendMessage] },
      })
      .catch((e: { issues?: { path: string }[] }) => e);
    expect((bad as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['camunda.tokenUrl']);
    expect(app.store.data.settings.camunda).toBeUndefined();
  });

  it('is for administrators only', async () => {
    const { app } = await setUp();
    for (const method of ['camunda.status', 'camunda.pollNow'] as const) {
      const refused = await app
        .as('user-bram')
        .dispatch(method, {})
        .catch((e: { code?: string }) => e);
      expect((refused as { code: string }).code, method).toBe('forbidden');
    }
  });

  it('asks again at once while jobs come, every 5 s when none did, and backs off to 5 minutes while it fails', () => {
    expect([nextPollIn(3, 0), nextPollIn(0, 0)]).toEqual([500, 5_000]);
    expect([1, 2, 3, 4, 7, 20].map((f) => nextPollIn(0, f))).toEqual([5_000, 10_000, 20_000, 40_000, 300_000, 300_000]);
  });

  it('runs the record jobs through the app’s own records service: a CRM task made once per job key, a record field set, a bad field failed with nothing changed', async () => {
    const { app, gateway, save } = await setUp();
    await save({ jobTypes: [JobTypes.createCrmTask, JobTypes.setRecordField] });
    const crm = {
      jobKey: '801',
      type: JobTypes.createCrmTask,
      retries: 3,
      processInstanceKey: '9',
      customHeaders: { title: 'Bel de klant terug', taskType: 'Bellen', assignee: 'user-bram', dueInDays: '2' },
      variables: {},
    };
    gateway.offer(crm);
    await app.dispatch('camunda.pollNow', {});
    gateway.offer(crm);
    await app.dispatch('camunda.pollNow', {});
    const tasks = (await app.dispatch('records.list', { entity: 'task', search: 'Bel de klant terug', limit: 50 })) as {
      title: string;
      fields: Record<string, unknown>;
    }[];
    expect(tasks.map((t) => [t.title, t.fields.type, t.fields.responsible])).toEqual([
      ['Bel de klant terug', 'Bellen', 'user-bram'],
    ]);
    expect(gateway.completed.map((c) => c.jobKey)).toEqual(['801', '801']);

    const deal = 'rec-deal-zonnewijk';
    const before = (await app.dispatch('records.get', { id: deal })) as { fields: Record<string, unknown> };
    gateway.offer({
      jobKey: '802',
      type: JobTypes.setRecordField,
      retries: 3,
      processInstanceKey: '9',
      customHeaders: { field: 'value', value: '12500' },
      variables: { recordId: deal },
    });
    await app.dispatch('camunda.pollNow', {});
    expect(
      ((await app.dispatch('records.get', { id: deal })) as { fields: Record<string, unknown> }).fields.value,
    ).toBe(12500);
    gateway.offer({
      jobKey: '803',
      type: JobTypes.setRecordField,
      retries: 3,
      processInstanceKey: '9',
      customHeaders: { field: 'value', value: '"veel"' },
      variables: { recordId: deal },
    });
    await app.dispatch('camunda.pollNow', {});
    expect(gateway.failed.map((f) => f.jobKey)).toEqual(['803']);
    expect(gateway.failed[0]!.errorMessage).toMatch(/value/);
    expect(((await app.dispatch('records.get', { id: deal })) as { fields: Record<string, unknown> }).fields).toEqual({
      ...before.fields,
      value: 12500,
    });
  });
});
