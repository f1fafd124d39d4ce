import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
let api: ApiTestHost;

beforeAll(async () => {
  api = await startApiTestHost(tempDir('api-v1-workflows'), tempDir('renderer'));
});
afterAll(() => api.close());

const ids = () => api.app.store.data.workflows.map((w) => w.id);

describe('API v1: workflows, created, changed, copied, imported and deleted', () => {
  it('creates a workflow (201), renames and switches it off with PATCH, replaces its draft, deletes it', async () => {
    const body = { name: 'Offerte opvolgen', itemTypeId: 'type-accordering' };
    const created = await api.call('POST', '/workflows', { body });
    expect(created.status, created.text).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toEqual((await api.call('GET', `/workflows/${id}`)).json());

    const change = { name: 'Offertes opvolgen', active: false, explanation: 'Nog in opbouw' };
    const patched = await api.call('PATCH', `/workflows/${id}`, { body: change });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'Offertes opvolgen', active: false, explanation: 'Nog in opbouw' });

    const source = (await api.call('GET', '/workflows/wf-accordering/draft')).json();
    expect(source.nodes.length).toBeGreaterThan(0);
    const saved = await api.call('PUT', `/workflows/${id}/draft`, { body: source });
    expect(saved.status, saved.text).toBe(200);
    expect((await api.call('GET', `/workflows/${id}/draft`)).json()).toEqual(source);

    const badDraft = await api.call('PUT', `/workflows/${id}/draft`, { body: { nodes: 'geen' } });
    expect(badDraft.status).toBe(422);
    expect((await api.call('GET', `/workflows/${id}/draft`)).json()).toEqual(source);

    expect((await api.call('DELETE', `/workflows/${id}`)).status).toBe(200);
    expect((await api.call('GET', `/workflows/${id}`)).status).toBe(404);
    expect((await api.call('DELETE', `/workflows/${id}`)).status).toBe(404);
  });

  it('imports the exported document as the JSON body (201), and the imported copy can be deleted', async () => {
    const exported = await api.call('GET', '/workflows/wf-accordering/export');
    const document = JSON.parse(exported.json().json);
    const imported = await api.call('POST', '/workflows/imports', { body: document });
    expect(imported.status, imported.text).toBe(201);
    const copy = imported.json().id as string;
    expect(copy).not.toBe('wf-accordering');
    expect(imported.json()).toMatchObject({ name: document.workflow.name, versions: [] });

    const before = ids();
    const refused = await api.call('POST', '/workflows/imports', { body: { ...document, format: 'iets anders' } });
    expect(refused.status).toBe(422);
    expect(refused.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['body.format']);
    expect(ids()).toEqual(before);

    const removed = await api.call('DELETE', `/workflows/${copy}`);
    expect(removed.status, removed.text).toBe(200);
    expect(ids()).not.toContain(copy);
    expect(ids()).toContain('wf-accordering');
  });

  it('duplicates a workflow (201) and restores a published version as the draft', async () => {
    const copy = { name: 'Accordering (kopie)' };
    const duplicate = await api.call('POST', '/workflows/wf-accordering/duplicates', { body: copy });
    expect(duplicate.status, duplicate.text).toBe(201);
    const id = duplicate.json().id as string;
    expect((await api.call('GET', `/workflows/${id}`)).json().name).toBe('Accordering (kopie)');
    expect((await api.call('POST', '/workflows/wf-nope/duplicates', { body: { name: 'x' } })).status).toBe(404);

    expect((await api.call('POST', `/workflows/${id}/publish`)).status).toBe(200);
    const versions = await api.call('GET', `/workflows/${id}/versions`);
    expect(versions.json().data.map((v: { version: number }) => v.version)).toEqual([1]);
    await api.call('PUT', `/workflows/${id}/draft`, { body: { nodes: [], edges: [] } });
    const restored = await api.call('POST', `/workflows/${id}/versions/1/restore`);
    expect(restored.status, restored.text).toBe(200);
    expect(restored.json().draft).toEqual(versions.json().data[0].graph);
    const missing = await api.call('POST', `/workflows/${id}/versions/7/restore`);
    expect(missing.status).toBe(404);
    expect((await api.call('POST', `/workflows/${id}/versions/een/restore`)).status).toBe(422);
  });
});
