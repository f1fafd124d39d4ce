import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../renderer/src/design/editor/store';
import { currentNodes } from '../../renderer/src/design/editor/simulate/useSimulation';
import { fieldValues, sampleFields, sampleValues } from '../../renderer/src/design/editor/simulate/sample-item';
import type { SimulationResult } from '@shared/api/simulate-contract';
import type { Database } from '@shared/model/database';
import { resourcesDir } from '../helpers/paths';
import { waitingGraph } from '../helpers/wait-workflow';

const sample = JSON.parse(readFileSync(join(resourcesDir, 'sample-data.json'), 'utf8')) as Database;
const workflow = (id: string) => sample.workflows.find((w) => w.id === id)!;
const startAt = '2026-11-23T09:00:00.000Z';

describe('the sample item of a simulation', () => {
  it('takes the item type’s fields with their first option', () => {
    const type = sample.itemTypes.find((t) => t.id === 'type-accordering');
    const fields = sampleFields(type, workflow('wf-accordering').draft);
    expect(fields.map((f) => [f.key, f.kind])).toEqual([
      ['berichtsoort', 'choice'],
      ['instantie', 'choice'],
      ['klant', 'text'],
    ]);
    expect(sampleValues(fields, workflow('wf-accordering').draft, sample.directory, startAt)).toEqual({
      berichtsoort: 'btw-aangifte',
      instantie: 'Belastingdienst',
    });
  });

  it('finds what a record workflow reads: who is responsible, the contact, the date to wait for, what its trigger and conditions ask', () => {
    const graph = waitingGraph();
    const fields = sampleFields(undefined, graph);
    expect(fields.map((f) => [f.key, f.kind])).toEqual([
      ['type', 'text'],
      ['responsible', 'user'],
      ['dueDate', 'date'],
      ['status', 'text'],
      ['contact', 'contact'],
    ]);
    expect(sampleValues(fields, graph, sample.directory, startAt)).toEqual({
      type: 'Bellen',
      responsible: 'user-anna',
      dueDate: '2026-11-26',
      contact: 'contact-eva',
    });
    expect(
      fieldValues(
        [
          { key: 'n', label: 'n', kind: 'number' },
          { key: 'b', label: 'b', kind: 'boolean' },
        ],
        { n: '3', b: 'true', empty: '' },
      ),
    ).toEqual({ n: 3, b: true });
  });
});

describe('the simulated nodes on the canvas', () => {
  it('are kept apart from the selection and the workflow, and do not count as a change', () => {
    const store = createEditorStore(workflow('wf-accordering').draft);
    store.getState().select(['a1']);
    store.getState().setSimulated(['t1']);
    expect(store.getState()).toMatchObject({ simulated: ['t1'], revision: 0, canUndo: false });
    expect(
      store
        .getState()
        .nodes.filter((n) => n.selected)
        .map((n) => n.id),
    ).toEqual(['a1']);
    expect(store.getState().graph()).toEqual(workflow('wf-accordering').draft);
    const before = store.getState().simulated;
    store.getState().setSimulated(['t1']);
    expect(store.getState().simulated).toBe(before);
  });

  it('are where the item waits, else the end or error it stopped at', () => {
    const step = (nodeIds: string[], history: { kind: string; nodeId?: string }[]) => ({
      at: startAt,
      event: { type: 'submit' as const },
      status: 'running' as const,
      nodeIds,
      history: history.map((h) => ({ at: startAt, ...h })),
      messages: [],
      effects: [],
    });
    const result = (steps: ReturnType<typeof step>[]) => ({ steps }) as unknown as SimulationResult;
    expect(currentNodes(result([step(['t1'], [{ kind: 'entered', nodeId: 't1' }])]))).toEqual(['t1']);
    expect(
      currentNodes(
        result([
          step(['t1'], []),
          step(
            [],
            [
              { kind: 'acted', nodeId: 'a1' },
              { kind: 'completed', nodeId: 'e1' },
            ],
          ),
        ]),
      ),
    ).toEqual(['e1']);
    expect(currentNodes(result([]))).toEqual([]);
  });
});
