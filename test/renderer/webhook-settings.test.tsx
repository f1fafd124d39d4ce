import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();

describe('Settings → Webhooks', () => {
  it('saves the allowed hosts one per line, and refuses a URL in their place without saving it', async () => {
    const { core } = await renderApp(tempDir(), '#/settings');
    const hosts = await screen.findByLabelText(
      'Hosts die deze computer of een privénetwerk mogen bereiken, één per regel',
    );
    expect(screen.getByText('Geen enkele host toegestaan: webhooks bereiken alleen openbare adressen.')).toBeTruthy();
    fireEvent.change(hosts, { target: { value: 'crm.kantoor.lan\n\n  192.168.1.20 \nhttp://intranet/pad' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hosts opslaan' }));
    await waitFor(() => expect(screen.getByText(/is not a host name or IP address/)).toBeTruthy());
    expect(core.store.data.settings.webhookAllowedHosts).toEqual([]);
    fireEvent.change(hosts, { target: { value: 'CRM.kantoor.lan\n\n  192.168.1.20 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hosts opslaan' }));
    await waitFor(() => expect(screen.getByText('Opgeslagen.')).toBeTruthy());
    expect(core.store.data.settings.webhookAllowedHosts).toEqual(['crm.kantoor.lan', '192.168.1.20']);
    expect(screen.getByText('De eigen API van Stroomlijn wordt altijd geweigerd, toegestaan of niet.')).toBeTruthy();
  });
});
