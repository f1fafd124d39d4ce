import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { camundaLinter } from '../helpers/camunda-lint';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
let api: ApiTestHost;

beforeAll(async () => {
  api = await startApiTestHost(tempDir('bpmn-export-api'), tempDir('renderer'));
});
afterAll(() => api.close());

describe('BPMN export through API v1', () => {
  it('answers a published version for the Camunda version asked, lint-clean, with its warnings', async () => {
    const reply = await api.call('GET', '/workflows/wf-accordering/bpmn?platformVersion=8.7&version=1');
    expect(reply.status, reply.text).toBe(200);
    const { xml, fileName, warnings } = reply.json() as {
      xml: string;
      fileName: string;
      warnings: { code: string; nodeId: string; needs?: string }[];
    };
    expect(fileName).toBe('Accorderingsbericht.bpmn');
    expect(xml).toContain('modeler:executionPlatformVersion="8.7.0"');
    expect(warnings).toEqual([
      { code: 'reactionRequired', nodeId: 't1', name: 'Beoordelen aangifte klant', needs: '8.8' },
    ]);
    expect(await (await camundaLinter()).lint(xml)).toEqual([]);
  });

  it('exports the draft without a version, and answers 8.8 without the warning', async () => {
    const reply = await api.call('GET', '/workflows/wf-accordering/bpmn?platformVersion=8.8');
    expect(reply.status, reply.text).toBe(200);
    expect(reply.json().warnings).toEqual([]);
    expect(reply.json().xml).toContain('stroomlijn.check-reaction');
  });

  it('refuses an unknown Camunda version, workflow or published version', async () => {
    const badVersion = await api.call('GET', '/workflows/wf-accordering/bpmn?platformVersion=8.2');
    expect(badVersion.status).toBe(422);
    expect(badVersion.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['query.platformVersion']);
    expect((await api.call('GET', '/workflows/nope/bpmn?platformVersion=8.8')).status).toBe(404);
    const noSuchVersion = await api.call('GET', '/workflows/wf-accordering/bpmn?platformVersion=8.8&version=9');
    expect(noSuchVersion.status).toBe(404);
    expect(noSuchVersion.json().error.message).toBe('There is no workflow version with id "wf-accordering v9".');
  });

  it('is for administrators only', async () => {
    expect((await api.call('GET', '/workflows/wf-accordering/bpmn?platformVersion=8.8', { token: null })).status).toBe(
      401,
    );
  });

  it('imports a BPMN file as a new workflow (export → import), and refuses what it cannot hold per element with nothing changed', async () => {
    const exported = (await api.call('GET', '/workflows/wf-accordering/bpmn?platformVersion=8.9&version=1')).json() as {
      xml: string;
    };
    const created = await api.call('POST', '/workflows/bpmn-imports', { body: { xml: exported.xml } });
    expect(created.status, created.text).toBe(201);
    const workflow = created.json() as {
      id: string;
      name: string;
      draft: { nodes: { id: string; kind: string }[]; edges: unknown[] };
    };
    expect(workflow.name).toBe('Accorderingsbericht');
    expect(workflow.id).not.toBe('wf-accordering');
    const original = api.app.store.data.workflows.find((w) => w.id === 'wf-accordering')!.versions[0]!.graph;
    expect(workflow.draft.nodes.map((n) => `${n.id}:${n.kind}`).sort()).toEqual(
      original.nodes.map((n) => `${n.id}:${n.kind}`).sort(),
    );
    expect(workflow.draft.edges).toHaveLength(original.edges.length);
    expect(created.headers.location).toBe(`/api/v1/workflows/${workflow.id}`);

    const count = api.app.store.data.workflows.length;
    const withScript = exported.xml.replace(
      /<bpmn:userTask id="UserTask_t2"/,
      '<bpmn:scriptTask id="Script_1" /><bpmn:userTask id="UserTask_t2"',
    );
    const refused = await api.call('POST', '/workflows/bpmn-imports', { body: { xml: withScript } });
    expect(refused.status).toBe(422);
    expect(refused.json().error.issues).toEqual([
      { path: 'body.xml.Script_1', message: '“Script_1”: Stroomlijn has no step for bpmn:ScriptTask' },
    ]);
    expect((await api.call('POST', '/workflows/bpmn-imports', { body: { xml: 'geen xml' } })).status).toBe(422);
    expect(api.app.store.data.workflows.length).toBe(count);
  });
});
