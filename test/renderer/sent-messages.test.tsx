import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { offerTemplate as template } from '../helpers/offer-template';
import { renderApp } from './render-app';

const tempDir = useTempDirs();

describe('a contact’s page lists the mail sent to it', () => {
  it('shows the mailing sent to Wieke with its subject, address and status; nothing for another', async () => {
    const { core, store } = await renderApp(tempDir(), '#/directory/contacts');
    const save = async (kind: string, entry: object) =>
      ((await core.dispatch('directory.save', { kind, entry })) as { id: string }).id;
    const email = 'wieke@veenstra.example';
    const wieke = await save('contacts', { name: 'Wieke Veenstra', email, consentEmail: true });
    await save('contacts', { name: 'Joost Hoekstra', email: 'joost@hoekstra.example', consentEmail: true });
    const { id: templateId } = (await core.dispatch('templates.save', { template })) as { id: string };
    await core.dispatch('mailings.send', { targets: [{ kind: 'contacts', id: wieke }], templateId });
    await core.outbox.drain();
    await store.getState().refreshDirectory();

    const open = async (name: string) => {
      const row = await screen.findByText(name);
      fireEvent.click(within(row.closest('tr')!).getByRole('button', { name: 'Bewerken' }));
      return screen.getByRole('dialog');
    };
    const dialog = await open('Wieke Veenstra');
    const section = within(dialog).getByRole('region', { name: 'Verstuurde mail' });
    await waitFor(() => expect(within(section).getAllByRole('row')).toHaveLength(2));
    const cells = within(section).getAllByRole('row')[1]!.querySelectorAll('td');
    const [, subject, to, status] = [...cells].map((c) => c.textContent);
    expect([subject, to, status]).toEqual(['Uw offerte, Wieke Veenstra', `Wieke Veenstra <${email}>`, 'Verstuurd']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));

    const joost = await open('Joost Hoekstra');
    await within(joost).findByText('Hier is nog geen mail naartoe gestuurd.');
  });
});
