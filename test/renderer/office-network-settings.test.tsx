import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();

describe('Settings → Office network', () => {
  it('is off, offers this computer’s names, and refuses to switch on without a name (nothing saved)', async () => {
    const { core } = await renderApp(tempDir(), '#/settings');
    const card = await screen.findByTestId('office-network');
    const panel = within(card);
    expect(panel.getByTestId('office-state').textContent).toContain(
      'Stroomlijn is alleen op deze computer bereikbaar.',
    );
    expect(
      panel.getByText('Er wordt een certificaat gemaakt zodra het kantoornetwerk voor het eerst aangaat.'),
    ).toBeTruthy();
    const suggestion = core.officeNetwork.status().suggestions[0]!;
    expect(panel.getByRole('button', { name: `${suggestion} toevoegen` })).toBeTruthy();
    fireEvent.click(panel.getByLabelText('Beschikbaar voor collega’s op het kantoornetwerk'));
    fireEvent.click(panel.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(panel.getByText('noem minstens één naam of adres dat collega’s intypen')).toBeTruthy());
    expect(core.store.data.settings.officeNetwork).toEqual({ enabled: false, port: 4443, hostNames: [] });
  });

  it('names a wrong host and a wrong port at their fields in the user’s language', async () => {
    const { core } = await renderApp(tempDir(), '#/settings');
    const panel = within(await screen.findByTestId('office-network'));
    fireEvent.change(panel.getByLabelText('Namen en adressen die collega’s intypen, één per regel'), {
      target: { value: 'kantoor-pc\nhttps://kantoor-pc/' },
    });
    fireEvent.click(panel.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(panel.getByText('is geen naam of IP-adres (zonder https://, poort of pad)')).toBeTruthy(),
    );
    fireEvent.change(panel.getByLabelText('Namen en adressen die collega’s intypen, één per regel'), {
      target: { value: 'kantoor-pc\n192.168.1.20' },
    });
    fireEvent.change(panel.getByLabelText('Poort'), { target: { value: '70000' } });
    fireEvent.click(panel.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(panel.getByText('is geen poortnummer (1 tot 65535)')).toBeTruthy());
    expect(core.store.data.settings.officeNetwork.hostNames).toEqual([]);
    fireEvent.change(panel.getByLabelText('Poort'), { target: { value: '8443' } });
    fireEvent.click(panel.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(panel.getByText('Opgeslagen.')).toBeTruthy());
    expect(core.store.data.settings.officeNetwork).toEqual({
      enabled: false,
      port: 8443,
      hostNames: ['kantoor-pc', '192.168.1.20'],
    });
  });
});
