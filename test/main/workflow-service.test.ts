import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ApiError } from '@shared/api/errors';
import type { Workflow, WorkflowGraph } from '@shared/model';
import { DATABASE_FILE } from '../../main/store/store';
import { openTestApp } from '../helpers/app';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const failure = async (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: ApiError) => e,
  );

const at = { x: 0, y: 0 };
const validGraph = (startId: string): WorkflowGraph => ({
  nodes: [
    { id: startId, kind: 'start', position: at, trigger: { type: 'itemSubmitted' } },
    {
      id: 't',
      kind: 'task',
      position: at,
      title: 'Controleren',
      destinations: [{ type: 'role', roleId: 'role-payroll', showInTaskList: true }],
      reactionRequired: false,
      infoTask: false,
    },
    { id: 'a', kind: 'action', position: at, label: 'Klaar', role: 'complete', mode: 'manual', effects: [] },
    { id: 'e', kind: 'end', position: at },
  ],
  edges: [
    { id: 'e1', source: startId, target: 't' },
    { id: 'e2', source: 't', target: 'a' },
    { id: 'e3', source: 'a', target: 'e' },
  ],
});

describe('workflows through the API', () => {
  it('lists the sample workflows, published, per item type', async () => {
    const app = await openTestApp(tempDir());
    const list = (await app.dispatch('workflows.list', {})) as {
      name: string;
      itemTypeId?: string;
      trigger: string;
      versions: unknown[];
      unpublishedChanges: boolean;
    }[];
    expect(list.map((w) => [w.name, w.itemTypeId ?? null, w.trigger, w.versions.length, w.unpublishedChanges])).toEqual(
      [
        ['Infomail instuurder', 'type-mutatie', 'item', 1, false],
        ['Accorderingsbericht', 'type-accordering', 'item', 1, false],
        ['Taaktype Bellen – nieuwe taak', null, 'record', 1, false],
        ['Taaktype Bellen – verlopen taak', null, 'record', 1, false],
        ['Taaktype Bellen – afgehandelde taak', null, 'record', 1, false],
        ['Deal Feedback', null, 'record', 1, false],
        ['Kans: offerte aangevraagd', null, 'record', 1, false],
        ['Aufgabe: Zeit über Soll', null, 'record', 1, false],
      ],
    );
    await app.close();
  });

  it('creates, saves a draft, refuses to publish with errors, publishes, restores', async () => {
    const dir = tempDir();
    const app = await openTestApp(dir);
    const wf = (await app.dispatch('workflows.create', { name: 'Verlof', itemTypeId: 'type-mutatie' })) as Workflow;
    expect(wf.draft).toEqual({ nodes: [], edges: [] });

    const refused = await failure(app.dispatch('workflows.publish', { id: wf.id }));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('cannot be published while 1 error remains');
    expect(refused.issues[0]!.message).toBe('The workflow has no start.');

    const startId = 'start';
    await app.dispatch('workflows.saveDraft', { id: wf.id, graph: validGraph(startId) });
    expect(await app.dispatch('workflows.publish', { id: wf.id })).toMatchObject({ version: 1 });
    await app.dispatch('workflows.update', { id: wf.id, name: 'Verlofaanvraag' });
    await app.dispatch('workflows.saveDraft', { id: wf.id, graph: { ...validGraph(startId), edges: [] } });
    const summary = (
      (await app.dispatch('workflows.list', {})) as { id: string; unpublishedChanges: boolean; name: string }[]
    ).find((w) => w.id === wf.id)!;
    expect(summary).toMatchObject({ name: 'Verlofaanvraag', unpublishedChanges: true });

    const restored = (await app.dispatch('workflows.restoreVersion', { id: wf.id, version: 1 })) as Workflow;
    expect(restored.draft.edges).toHaveLength(3);
    const onDisk = JSON.parse(readFileSync(join(dir, DATABASE_FILE), 'utf8')).workflows.find(
      (w: Workflow) => w.id === wf.id,
    );
    expect(onDisk.versions).toHaveLength(1);
    expect(onDisk.draft.edges).toHaveLength(3);
    await app.close();
  });

  it('duplicates and deletes', async () => {
    const app = await openTestApp(tempDir());
    const copy = (await app.dispatch('workflows.duplicate', {
      id: 'wf-infomail',
      name: 'Infomail (kopie)',
    })) as Workflow;
    expect(copy.id).not.toBe('wf-infomail');
    expect(copy.versions).toEqual([]);
    expect(copy.draft.nodes).toHaveLength(6);
    await app.dispatch('workflows.remove', { id: 'wf-infomail' });
    expect(app.store.data.itemTypes.find((t) => t.id === 'type-mutatie')!.workflowId).toBeUndefined();
    expect((await failure(app.dispatch('workflows.get', { id: 'wf-infomail' }))).code).toBe('not_found');
    await app.close();
  });

  it('exports a workflow as JSON and imports it back as a new draft', async () => {
    const app = await openTestApp(tempDir());
    const { fileName, json } = (await app.dispatch('workflows.export', { id: 'wf-accordering' })) as {
      fileName: string;
      json: string;
    };
    expect(fileName).toBe('accorderingsbericht.stroomlijn.json');
    const imported = (await app.dispatch('workflows.import', { json })) as Workflow;
    expect(imported).toMatchObject({ name: 'Accorderingsbericht', itemTypeId: 'type-accordering', versions: [] });
    expect(imported.draft).toEqual(app.store.data.workflows.find((w) => w.id === 'wf-accordering')!.draft);
    await app.close();
  });

  it('refuses a bad import with a clear error and changes nothing', async () => {
    const dir = tempDir();
    const app = await openTestApp(dir);
    const before = readFileSync(join(dir, DATABASE_FILE), 'utf8');
    expect((await failure(app.dispatch('workflows.import', { json: '{"format": "stroomlijn.wor' }))).message).toMatch(
      /^This file is not JSON: /,
    );
    const wrong = await failure(
      app.dispatch('workflows.import', {
        json: JSON.stringify({
          format: 'stroomlijn.workflow',
          formatVersion: 1,
          exportedAt: '2026-11-01T00:00:00.000Z',
          workflow: {
            id: 'x',
            name: '',
            draft: { nodes: [{ id: 'n', kind: 'teleport', position: { x: 0, y: 0 } }], edges: [] },
          },
        }),
      }),
    );
    expect(wrong.code).toBe('invalid_input');
    expect(wrong.issues.map((i) => i.path)).toEqual(['workflow.name', 'workflow.draft.nodes[0].kind']);
    expect((await failure(app.dispatch('workflows.import', { json: '[1,2]' }))).message).toMatch(
      /^This file is not a Stroomlijn workflow/,
    );
    expect(readFileSync(join(dir, DATABASE_FILE), 'utf8')).toBe(before);
    await app.close();
  });
});
