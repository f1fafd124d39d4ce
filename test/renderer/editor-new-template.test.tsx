import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MessageTemplate, Workflow, WorkflowGraph } from '@shared/model';
import { useTempDirs } from '../helpers/temp-dir';
import { installFlowShims } from './flow-shims';
import { renderApp } from './render-app';

beforeAll(installFlowShims);
const tempDir = useTempDirs();

const graph = {
  nodes: [
    { id: 'start', kind: 'start', position: { x: 0, y: 0 }, trigger: { type: 'itemSubmitted' } },
    {
      id: 'keur',
      kind: 'task',
      position: { x: 0, y: 160 },
      title: 'Declaratie beoordelen',
      destinations: [{ type: 'taskManager', showInTaskList: true }],
    },
  ],
  edges: [{ id: 'e1', source: 'start', target: 'keur' }],
} as WorkflowGraph;

async function openTask() {
  const { core } = await renderApp(tempDir(), '#/design');
  const wf = (await core.dispatch('workflows.create', { name: 'Declaraties' })) as Workflow;
  await core.dispatch('workflows.update', { id: wf.id, language: 'de' });
  await core.dispatch('workflows.saveDraft', { id: wf.id, graph });
  window.location.hash = `#/design/${wf.id}`;
  await waitFor(() => expect(document.querySelectorAll('.react-flow__node')).toHaveLength(2), { timeout: 20_000 });
  fireEvent.change(screen.getByLabelText('Stap zoeken'), { target: { value: 'Declaratie beoordelen' } });
  fireEvent.click(await screen.findByLabelText('Bericht verzenden als dossieritem in deze taak komt'));
  const before = ((await core.dispatch('templates.list', {})) as MessageTemplate[]).length;
  return { core, before };
}

describe('a template made from the message section', () => {
  it("starts from the step's starter in the workflow's language, is saved and selected at once", async () => {
    const { core, before } = await openTask();
    fireEvent.click(screen.getByRole('button', { name: 'Nieuw sjabloon' }));
    // The starter is in the workflow's language (German), whose texts are fetched first.
    const dialog = await screen.findByRole('dialog', { name: 'Nieuw berichtsjabloon' }, { timeout: 5000 });
    expect((within(dialog).getByLabelText('Naam') as HTMLInputElement).value).toBe(
      'Neue Aufgabe: Declaratie beoordelen',
    );
    expect((within(dialog).getByLabelText('Onderwerp') as HTMLInputElement).value).toBe(
      'Eine Aufgabe für Sie: {{Task.Title}}',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Aanmaken en gebruiken' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const templates = (await core.dispatch('templates.list', {})) as MessageTemplate[];
    expect(templates).toHaveLength(before + 1);
    const made = templates.find((x) => x.name === 'Neue Aufgabe: Declaratie beoordelen')!;
    expect(made.texts.de?.html).toBe(
      '<p>Guten Tag {{Recipient.Name}},</p><p>„{{Item.Subject}}“ wartet in „{{Task.Title}}“ auf Sie.</p>',
    );
    expect((screen.getByLabelText('Berichtsjabloon') as HTMLSelectElement).value).toBe(made.id);
  }, 60_000);

  it('takes a name and a first text of your own; a refused one shows why and adds nothing', async () => {
    const { core, before } = await openTask();
    fireEvent.click(screen.getByRole('button', { name: 'Nieuw sjabloon' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    fireEvent.click(within(dialog).getByLabelText('Eigen tekst'));
    expect((within(dialog).getByLabelText('Tekst') as HTMLTextAreaElement).value).toBe('');
    fireEvent.change(within(dialog).getByLabelText('Naam'), { target: { value: '  ' } });
    expect(within(dialog).getByRole('button', { name: 'Aanmaken en gebruiken' })).toHaveProperty('disabled', true);
    fireEvent.change(within(dialog).getByLabelText('Naam'), { target: { value: 'Declaratie <ontvangen>' } });
    fireEvent.change(within(dialog).getByLabelText('Onderwerp'), { target: { value: 'x'.repeat(999) } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Aanmaken en gebruiken' }));
    await within(dialog).findByRole('alert');
    expect((await core.dispatch('templates.list', {})) as MessageTemplate[]).toHaveLength(before);
    fireEvent.change(within(dialog).getByLabelText('Onderwerp'), { target: { value: 'Ontvangen: {{Item.Subject}}' } });
    fireEvent.change(within(dialog).getByLabelText('Tekst'), {
      target: { value: 'Hallo,\n\nBedrag < 100 & akkoord.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Aanmaken en gebruiken' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const made = ((await core.dispatch('templates.list', {})) as MessageTemplate[]).find(
      (x) => x.name === 'Declaratie <ontvangen>',
    )!;
    expect(made.texts.de).toEqual({
      subject: 'Ontvangen: {{Item.Subject}}',
      html: '<p>Hallo,</p><p>Bedrag &lt; 100 &amp; akkoord.</p>',
    });
    expect((screen.getByLabelText('Berichtsjabloon') as HTMLSelectElement).value).toBe(made.id);
  }, 60_000);
});
