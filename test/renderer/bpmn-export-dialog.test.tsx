import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { installFlowShims } from './flow-shims';
import { renderApp } from './render-app';

beforeAll(installFlowShims);
const tempDir = useTempDirs();
afterEach(() => vi.restoreAllMocks());

describe('export for Camunda 8 from the editor', () => {
  it('shows what the chosen version cannot express before it downloads the BPMN of the draft', async () => {
    // jsdom has no object URLs: keep the file the page hands to the browser.
    const files: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (files.push(blob), 'blob:bpmn');
    URL.revokeObjectURL = () => undefined;
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('Accorderingsbericht.bpmn');
    });
    await renderApp(tempDir(), '#/design');
    const row = (await screen.findByRole('link', { name: 'Accorderingsbericht' }, { timeout: 20_000 })).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'BPMN: exporteren voor Camunda 8' }));
    const dialog = await screen.findByRole('dialog', { name: 'Exporteren voor Camunda 8' });
    await within(dialog).findByText('Camunda 8.8 kan elke stap van deze workflow uitdrukken.');

    fireEvent.change(within(dialog).getByLabelText('Camunda-versie'), { target: { value: '8.7' } });
    await within(dialog).findByText('Camunda 8.7 kan niet alles uitdrukken:');
    expect(within(dialog).getByRole('listitem').textContent).toBe(
      '„Beoordelen aangifte klant”: een verplichte reactie wordt pas vanaf Camunda 8.8 gecontroleerd. In dit bestand kan de taak zonder reactie worden afgerond.',
    );

    fireEvent.click(within(dialog).getByRole('button', { name: 'Downloaden' }));
    await waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    const xml = await files[0]!.text();
    expect(xml).toContain('modeler:executionPlatformVersion="8.7.0"');
    expect(xml).not.toContain('taskListener');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('imports a BPMN file from the workflow list, and says per element what it cannot hold', async () => {
    const { core } = await renderApp(tempDir(), '#/design');
    const input = (await screen.findByLabelText(
      'BPMN-bestand importeren (uit Camunda Modeler)',
      {},
      { timeout: 20_000 },
    )) as HTMLInputElement;
    const { xml } = (await core.dispatch('workflows.exportBpmn', { id: 'wf-infomail', platformVersion: '8.8' })) as {
      xml: string;
    };
    const before = core.store.data.workflows.length;

    const broken = xml.replace(
      '<bpmn:endEvent id="EndEvent_e"',
      '<bpmn:scriptTask id="Reken" name="Rekenen" /><bpmn:endEvent id="EndEvent_e"',
    );
    fireEvent.change(input, { target: { files: [new File([broken], 'infomail.bpmn', { type: 'application/xml' })] } });
    await screen.findByText(/„Rekenen”: Stroomlijn heeft geen stap voor bpmn:ScriptTask/);
    expect(core.store.data.workflows.length).toBe(before);

    fireEvent.change(input, { target: { files: [new File([xml], 'infomail.bpmn', { type: 'application/xml' })] } });
    await waitFor(() => expect(core.store.data.workflows.length).toBe(before + 1));
    const imported = core.store.data.workflows.at(-1)!;
    expect(imported.name).toBe('Infomail instuurder');
    await waitFor(() => expect(window.location.hash).toBe(`#/design/${imported.id}`));
  });
});
