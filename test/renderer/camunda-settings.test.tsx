import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { startCamundaGateway } from '../helpers/camunda-gateway';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();
const gateways: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const g of gateways.splice(0)) await g.close();
});

describe('Settings → Camunda 8 (worker mode)', () => {
  it('saves the cluster with its credentials, never shows the secret again, asks for work now and says how it went', async () => {
    const oauth = { clientId: 'stroomlijn-worker', clientSecret: 'zeer-geheim-42' };
    const gateway = await startCamundaGateway(oauth);
    gateways.push(gateway);
    const { core } = await renderApp(tempDir(), '#/settings');
    const card = within(await screen.findByTestId('camunda-settings'));
    expect(card.getByText('De werkermodus staat uit.')).toBeTruthy();
    fireEvent.click(card.getByLabelText('Werken voor een Camunda 8-cluster'));
    fireEvent.change(card.getByLabelText('Adres van het cluster (REST)'), { target: { value: gateway.address } });
    fireEvent.change(card.getByLabelText('Client-ID'), { target: { value: oauth.clientId } });
    fireEvent.change(card.getByLabelText('Clientgeheim'), { target: { value: oauth.clientSecret } });
    fireEvent.click(card.getByLabelText('Webhooks aanroepen'));
    // A client id needs a token address: refused, nothing saved.
    fireEvent.click(card.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(card.getByText('is verplicht')).toBeTruthy());
    expect(card.getByLabelText('Adres voor tokens (OAuth)').getAttribute('aria-invalid')).toBe('true');
    expect(core.store.data.settings.camunda).toBeUndefined();
    fireEvent.change(card.getByLabelText('Adres voor tokens (OAuth)'), {
      target: { value: `${gateway.address}/oauth/token` },
    });
    fireEvent.click(card.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(card.getByText('Opgeslagen.')).toBeTruthy());
    expect(core.store.data.settings.camunda).toMatchObject({
      clientId: oauth.clientId,
      clientSecret: oauth.clientSecret,
      jobTypes: [
        'stroomlijn.send-message',
        'stroomlijn.create-crm-task',
        'stroomlijn.set-record-field',
        'stroomlijn.reassign-task',
      ],
    });
    const secret = card.getByLabelText('Clientgeheim') as HTMLInputElement;
    expect([secret.value, secret.placeholder]).toEqual(['', 'bewaard (typ om te wijzigen)']);
    fireEvent.click(card.getByRole('button', { name: 'Nu vragen' }));
    await waitFor(() => expect(card.getByText('0 stappen gedaan.')).toBeTruthy());
    expect(card.getByText('Vraagt het cluster om werk.')).toBeTruthy();
    expect(gateway.activations.map((a) => a.type)).not.toContain('stroomlijn.call-webhook');
    expect(document.body.textContent).not.toContain(oauth.clientSecret);
  });
});
