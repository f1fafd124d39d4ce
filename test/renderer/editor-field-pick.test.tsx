import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workflow, WorkflowGraph } from '@shared/model';
import { ItemType } from '@shared/model/item-type';
import { useTempDirs } from '../helpers/temp-dir';
import { installFlowShims } from './flow-shims';
import { renderApp } from './render-app';

beforeAll(installFlowShims);

const tempDir = useTempDirs();

/** An office's own item type, as an administrator would make it (not one of the samples). */
const claim = ItemType.parse({
  id: 'type-declaratie',
  name: 'Declaratie',
  fields: [
    { key: 'bedrag', label: 'Bedrag', type: 'money', required: true },
    { key: 'soort', label: 'Soort', labels: { nl: 'Soort kosten' }, type: 'choice', options: ['Reiskosten', 'Lunch'] },
    { key: 'spoed', label: 'Spoed', type: 'boolean' },
  ],
});

const graph: WorkflowGraph = {
  nodes: [
    { id: 'start', kind: 'start', position: { x: 0, y: 0 }, trigger: { type: 'itemSubmitted' } },
    { id: 'zet', kind: 'setField', position: { x: 0, y: 160 }, field: 'status', value: 'Nieuw' },
    { id: 'oud', kind: 'setField', position: { x: 0, y: 320 }, field: 'kostenplaats', value: 'K12' },
  ] as WorkflowGraph['nodes'],
  edges: [],
};

/** Open the editor and select the first set-field step (or the second: Enter in the search box goes on). */
async function openWith(second: boolean) {
  const { core } = await renderApp(tempDir(), '#/design');
  await core.store.update((d) => void d.itemTypes.push(claim));
  const wf = (await core.dispatch('workflows.create', { name: 'Declaraties', itemTypeId: claim.id })) as Workflow;
  await core.dispatch('workflows.saveDraft', { id: wf.id, graph });
  window.location.hash = `#/design/${wf.id}`;
  await waitFor(() => expect(document.querySelectorAll('.react-flow__node')).toHaveLength(3), { timeout: 20_000 });
  const search = screen.getByLabelText('Stap zoeken');
  fireEvent.change(search, { target: { value: 'setField' } });
  if (second) fireEvent.keyDown(search, { key: 'Enter' });
  return screen.findByRole('combobox', { name: 'Veld' });
}

describe('set-field and condition steps pick fields and values from lists', () => {
  it("offers the item type's fields by their Dutch label, then the choice's values, and yes/no for a yes/no field", async () => {
    const field = (await openWith(false)) as HTMLSelectElement;
    const groups = [...field.querySelectorAll('optgroup')].map((g) => [
      g.label,
      [...g.querySelectorAll('option')].map((o) => o.textContent),
    ]);
    expect(groups).toEqual([
      ['Velden van Declaratie', ['Bedrag', 'Soort kosten', 'Spoed']],
      ['Elk dossieritem', ['Status', 'Onderwerp']],
    ]);
    fireEvent.change(field, { target: { value: 'soort' } });
    const value = screen.getByRole('combobox', { name: 'Waarde' }) as HTMLSelectElement;
    expect([...value.options].map((o) => o.textContent)).toEqual(['— kies een waarde —', 'Reiskosten', 'Lunch']);
    fireEvent.change(value, { target: { value: 'Lunch' } });
    fireEvent.change(field, { target: { value: 'spoed' } });
    const yesNo = screen.getByRole('combobox', { name: 'Waarde' }) as HTMLSelectElement;
    expect([...yesNo.options].map((o) => o.textContent)).toEqual(['— kies een waarde —', 'Ja', 'Nee']);
    fireEvent.change(yesNo, { target: { value: 'true' } });
    expect(yesNo.value).toBe('true');
  }, 60_000);

  it('keeps a field the graph names that the type does not declare, shown as such and editable as text', async () => {
    const field = (await openWith(true)) as HTMLSelectElement;
    expect(field.selectedOptions[0]!.textContent).toBe('kostenplaats (niet in het type dossieritem)');
    const name = screen.getByRole('textbox', { name: 'Veldnaam' }) as HTMLInputElement;
    expect(name.value).toBe('kostenplaats');
    expect(within(field.parentElement!).getByText(/Dit veld is niet vastgelegd/)).toBeTruthy();
    fireEvent.change(field, { target: { value: 'soort' } });
    expect(screen.queryByRole('textbox', { name: 'Veldnaam' })).toBeNull();
  }, 60_000);
});
