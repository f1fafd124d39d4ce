import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { useTempDirs } from '../helpers/temp-dir';
import { vatReturn } from '../helpers/items';

const tempDir = useTempDirs();
let api: ApiTestHost;

beforeAll(async () => {
  api = await startApiTestHost(tempDir('api-v1-flow'), tempDir('renderer'));
});
afterAll(() => api.close());

describe('another application and an approval message (DESIGN.md §4.4) through the API v1', () => {
  it('submits a VAT return, reads its task, the reviewer rejects and then approves with reactions, the status and reactions read back', async () => {
    // The other application submits the message as an item of the approval type.
    const submitted = await api.call('POST', '/items', {
      body: vatReturn('Btw-aangifte Q3 2026', { klant: 'Bakkerij de Korenaar' }),
    });
    expect(submitted.status).toBe(201);
    const id = submitted.json().id as string;

    // It reads the item back: running, in the review task, with approve and reject.
    const read = (await api.call('GET', `/items/${id}`)).json();
    expect(read).toMatchObject({ id, status: 'running', subject: 'Btw-aangifte Q3 2026' });
    expect(read.currentTasks).toHaveLength(1);
    expect(read.currentTasks[0]).toMatchObject({ taskNodeId: 't1', title: 'Beoordelen aangifte klant' });
    const actions = Object.fromEntries(
      read.currentTasks[0].actions.map((a: { role: string; id: string }) => [a.role, a.id]),
    );
    expect(Object.keys(actions).sort()).toEqual(['approve', 'reject']);

    // The reviewer finds it in their task list and rejects it with an external reaction.
    const tasks = (await api.call('GET', '/tasks', { actAs: 'user-bram' })).json().data;
    expect(tasks.map((t: { itemId: string }) => t.itemId)).toContain(id);
    const rejected = await api.call('POST', `/items/${id}/actions`, {
      body: { actionNodeId: actions.reject, reaction: { text: 'De periode klopt niet.', external: true } },
      actAs: 'user-bram',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.json().itemStatus).toBe('rejected');

    // The submitter sends it back for review; the reviewer approves with an internal note.
    const back = (await api.call('GET', `/items/${id}`)).json();
    const resubmit = back.currentTasks[0].actions.find((a: { role: string }) => a.role === 'complete').id;
    expect(
      (await api.call('POST', `/items/${id}/actions`, { body: { actionNodeId: resubmit }, actAs: 'user-eva' })).status,
    ).toBe(200);
    const approved = await api.call('POST', `/items/${id}/actions`, {
      body: { actionNodeId: actions.approve, reaction: { text: 'Gecontroleerd met de administratie.' } },
      actAs: 'user-chantal',
    });
    expect(approved.status).toBe(200);

    // The other application reads the outcome back: status, history, reactions.
    const final = (await api.call('GET', `/items/${id}`)).json();
    expect(final).toMatchObject({ status: 'completed', itemStatus: 'approved', currentTasks: [] });
    expect(
      final.history.filter((h: { kind: string }) => h.kind === 'acted').map((h: { userId: string }) => h.userId),
    ).toEqual(['user-bram', 'user-eva', 'user-chantal']);
    const reactions = (await api.call('GET', `/items/${id}/reactions`)).json().data;
    expect(
      reactions.map((r: { userId: string; text: string; external: boolean }) => [r.userId, r.text, r.external]),
    ).toEqual([
      ['user-bram', 'De periode klopt niet.', true],
      ['user-chantal', 'Gecontroleerd met de administratie.', false],
    ]);
    const external = (await api.call('GET', `/items/${id}/reactions?external=true`)).json().data;
    expect(external.map((r: { text: string }) => r.text)).toEqual(['De periode klopt niet.']);
    const completed = (await api.call('GET', '/items?status=completed&itemTypeId=type-accordering')).json().data;
    expect(completed.map((i: { id: string }) => i.id)).toEqual([id]);
  });
});
