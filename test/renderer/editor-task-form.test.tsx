import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workflow, WorkflowGraph } from '@shared/model';
import { ItemType } from '@shared/model/item-type';
import type { TaskFormField } from '@shared/model/task-form';
import { useTempDirs } from '../helpers/temp-dir';
import { installFlowShims } from './flow-shims';
import { renderApp } from './render-app';

beforeAll(installFlowShims);

const tempDir = useTempDirs();

/** An office's own item type (not a sample): the manager fills the approved amount. */
const claim = ItemType.parse({
  id: 'type-declaratie',
  name: 'Declaratie',
  fields: [
    { key: 'bedrag', label: 'Bedrag', type: 'money', required: true },
    { key: 'goedgekeurd', label: 'Approved amount', labels: { nl: 'Goedgekeurd bedrag' }, type: 'money' },
  ],
});

const graph = {
  nodes: [
    { id: 'start', kind: 'start', position: { x: 0, y: 0 }, trigger: { type: 'itemSubmitted' } },
    {
      id: 'beoordelen',
      kind: 'task',
      title: 'Beoordelen',
      position: { x: 0, y: 160 },
      destinations: [{ type: 'submitter' }],
      form: [{ field: 'goedgekeurd', mode: 'required' }],
    },
    { id: 'akkoord', kind: 'action', label: 'Akkoord', role: 'approve', position: { x: -120, y: 320 } },
    { id: 'afwijzen', kind: 'action', label: 'Afwijzen', role: 'reject', position: { x: 120, y: 320 } },
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'beoordelen' },
    { id: 'e2', source: 'beoordelen', target: 'akkoord' },
    { id: 'e3', source: 'beoordelen', target: 'afwijzen' },
  ],
} as WorkflowGraph;

/** Open the editor on the task "Beoordelen"; `saved()` reads the draft's form as the server keeps it. */
async function openTask(form?: TaskFormField[]) {
  const { core } = await renderApp(tempDir(), '#/design');
  await core.store.update((d) => void d.itemTypes.push(claim));
  const wf = (await core.dispatch('workflows.create', { name: 'Declaraties', itemTypeId: claim.id })) as Workflow;
  const nodes = graph.nodes.map((n) => (n.kind === 'task' && form ? { ...n, form } : n));
  await core.dispatch('workflows.saveDraft', { id: wf.id, graph: { ...graph, nodes } });
  window.location.hash = `#/design/${wf.id}`;
  await waitFor(() => expect(document.querySelectorAll('.react-flow__node')).toHaveLength(4), { timeout: 20_000 });
  fireEvent.change(screen.getByLabelText('Stap zoeken'), { target: { value: 'Beoordelen' } });
  const picker = await screen.findByRole('group', { name: 'Goedgekeurd bedrag is verplicht vóór' });
  const saved = async () => {
    const draft = ((await core.dispatch('workflows.get', { id: wf.id })) as Workflow).draft;
    return draft.nodes.find((n) => n.id === 'beoordelen')!;
  };
  return { picker, saved };
}

const formOf = (node: unknown) => (node as { form?: TaskFormField[] }).form;

describe("a task form's field required before some of the task's actions", () => {
  it('chooses every action or ticked ones by their labels, and saves their ids', async () => {
    const { picker, saved } = await openTask();
    const every = within(picker).getByRole('radio', { name: 'elke actie' }) as HTMLInputElement;
    expect(every.checked).toBe(true);
    expect(within(picker).queryByRole('checkbox')).toBeNull();
    fireEvent.click(within(picker).getByRole('radio', { name: 'alleen deze acties:' }));
    const boxes = within(picker).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => [b.parentElement!.textContent, b.checked])).toEqual([
      ['Akkoord', true],
      ['Afwijzen', false],
    ]);
    // The only ticked action cannot be unticked: "every action" is the way back.
    expect(boxes[0]!.disabled).toBe(true);
    await waitFor(async () =>
      expect(formOf(await saved())).toEqual([{ field: 'goedgekeurd', mode: 'required', actions: ['akkoord'] }]),
    );
    fireEvent.click(boxes[1]!);
    fireEvent.click(boxes[0]!);
    await waitFor(async () =>
      expect(formOf(await saved())).toEqual([{ field: 'goedgekeurd', mode: 'required', actions: ['afwijzen'] }]),
    );
    fireEvent.click(every);
    await waitFor(async () => expect(formOf(await saved())).toEqual([{ field: 'goedgekeurd', mode: 'required' }]));
  }, 60_000);

  it('shows an action removed from the task as such, still ticked, until it is unticked', async () => {
    const { picker, saved } = await openTask([{ field: 'goedgekeurd', mode: 'required', actions: ['akkoord', 'weg'] }]);
    const boxes = within(picker).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => [b.parentElement!.textContent, b.checked])).toEqual([
      ['Akkoord', true],
      ['Afwijzen', false],
      ['een verwijderde actie', true],
    ]);
    fireEvent.click(boxes[2]!);
    await waitFor(async () =>
      expect(formOf(await saved())).toEqual([{ field: 'goedgekeurd', mode: 'required', actions: ['akkoord'] }]),
    );
  }, 60_000);

  it('drops the actions when the field is no longer required', async () => {
    const { saved } = await openTask([{ field: 'goedgekeurd', mode: 'required', actions: ['akkoord'] }]);
    const mode = screen.getByRole('combobox', { name: 'Hoe het formulier Goedgekeurd bedrag toont' });
    fireEvent.change(mode, { target: { value: 'editable' } });
    expect(screen.queryByRole('group', { name: /verplicht vóór/ })).toBeNull();
    await waitFor(async () => expect(formOf(await saved())).toEqual([{ field: 'goedgekeurd', mode: 'editable' }]));
  }, 60_000);
});
