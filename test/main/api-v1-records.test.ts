import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
let api: ApiTestHost;

beforeAll(async () => {
  api = await startApiTestHost(tempDir('api-v1-records'), tempDir('renderer'));
});
afterAll(() => api.close());

const paths = (reply: { json(): { error: { issues: { path: string }[] } } }) =>
  reply.json().error.issues.map((i) => i.path);

describe('API v1: records', () => {
  it('creates a task (201), reads it, changes it with PATCH and finds it in the list', async () => {
    const created = await api.call('POST', '/records', {
      body: {
        entity: 'task',
        title: 'Sanne Kok terugbellen',
        fields: {
          type: 'Bellen',
          status: 'Open',
          responsible: 'user-anna',
          contact: 'contact-sanne',
          dueDate: '2026-11-25T13:30:00.000Z',
          timeTarget: 0.5,
        },
      },
    });
    expect(created.status).toBe(201);
    const task = created.json();
    expect(created.headers.location).toBe(`/api/v1/records/${task.id}`);
    expect(task).toMatchObject({
      entity: 'task',
      title: 'Sanne Kok terugbellen',
      createdAt: '2026-11-23T09:00:00.000Z',
    });

    const read = await api.call('GET', `/records/${task.id}`);
    expect(read.status).toBe(200);
    expect(read.json()).toEqual(task);

    const changed = await api.call('PATCH', `/records/${task.id}`, {
      body: { fields: { status: 'Afgehandeld', timeTracked: 0.75, timeTarget: null } },
    });
    expect(changed.status).toBe(200);
    expect(changed.json().fields).toEqual({
      type: 'Bellen',
      status: 'Afgehandeld',
      responsible: 'user-anna',
      contact: 'contact-sanne',
      dueDate: '2026-11-25T13:30:00.000Z',
      timeTracked: 0.75,
    });
    expect((await api.app.dispatch('records.get', { id: task.id })) as object).toEqual(changed.json());

    const tasks = await api.call('GET', '/records?entity=task&search=sanne%20kok%20terug');
    expect(tasks.status).toBe(200);
    expect(tasks.json()).toEqual({ data: [changed.json()], next: null });
    const deals = await api.call('GET', '/records?entity=deal&limit=2');
    expect(deals.json().data).toHaveLength(2);
    expect(deals.json().next).toEqual(expect.any(String));
    expect(deals.json().data.every((r: { entity: string }) => r.entity === 'deal')).toBe(true);
  });

  it('says 404 for a record that is not there, on reading and on changing', async () => {
    const get = await api.call('GET', '/records/rec-none');
    expect(get.status).toBe(404);
    expect(get.json().error).toMatchObject({ code: 'not_found', message: 'There is no record with id "rec-none".' });
    expect((await api.call('PATCH', '/records/rec-none', { body: { title: 'x' } })).status).toBe(404);
  });

  it('names each bad field (422) and keeps nothing of a refused change', async () => {
    const before = (await api.call('GET', '/records?limit=5000')).json();
    const bad = await api.call('POST', '/records', {
      body: {
        entity: 'deal',
        title: 'Dakisolatie',
        fields: { stage: 'Ergens', value: 'veel', responsible: 'user-nobody', organisationId: 'org-bakkerij' },
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.json().error.code).toBe('invalid_input');
    expect(paths(bad)).toEqual(['body.fields.stage', 'body.fields.value', 'body.fields.responsible']);

    const shape = await api.call('POST', '/records', { body: { entity: 'contact', fields: [] } });
    expect(shape.status).toBe(422);
    expect(paths(shape).sort()).toEqual(['body.entity', 'body.fields', 'body.title']);

    const patch = await api.call('PATCH', '/records/rec-deal-zonnewijk', {
      body: { fields: { stage: null, dueDate: 'morgen' } },
    });
    expect(patch.status).toBe(422);
    expect(paths(patch)).toEqual(['body.fields.dueDate', 'body.fields.stage']);
    const query = await api.call('GET', '/records?entity=contact&colour=red');
    expect(query.status).toBe(422);
    expect(paths(query).sort()).toEqual(['query.colour']);
    const entity = await api.call('GET', '/records?entity=contact');
    expect(paths(entity)).toEqual(['query.entity']);
    const twice = await api.call('PATCH', '/records/rec-deal-zonnewijk', {
      body: { id: 'rec-deal-korenaar', title: 'x' },
    });
    expect(paths(twice)).toEqual(['body.id']);

    expect((await api.call('GET', '/records?limit=5000')).json()).toEqual(before);
  });
});
