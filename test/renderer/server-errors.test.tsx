import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '@shared/model';
import { vatReturn } from '../helpers/items';
import { startSmtp } from '../helpers/smtp';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();

/** The server's refusals reach the user in the UI language (nl here: the sample data's), not in the API's English. */
describe('Server errors in the UI language', () => {
  it('says in Dutch why the SMTP server refused the login', async () => {
    const smtp = await startSmtp({ auth: { user: 'stroomlijn', pass: 'geheim' } });
    try {
      await renderApp(tempDir(), '#/settings');
      fireEvent.click(await screen.findByLabelText('Versturen via een SMTP-server'));
      fireEvent.change(screen.getByLabelText('SMTP-server'), { target: { value: '127.0.0.1' } });
      const mail = screen.getByLabelText('SMTP-server').closest('section, form, .card') as HTMLElement;
      fireEvent.change(within(mail).getByLabelText('Poort'), { target: { value: String(smtp.port) } });
      fireEvent.change(within(mail).getByLabelText('Gebruikersnaam'), { target: { value: 'stroomlijn' } });
      fireEvent.change(within(mail).getByLabelText('Wachtwoord'), { target: { value: 'fout' } });
      fireEvent.click(within(mail).getByRole('button', { name: 'Verbinding testen' }));
      // The SMTP server takes its time before it answers a wrong password.
      const said = await within(mail).findByRole('status', {}, { timeout: 15_000 });
      expect(said.textContent).toMatch(/^Geen verbinding met 127\.0\.0\.1:/);
      expect(said.textContent).toContain(
        `127.0.0.1:${smtp.port}: de server weigerde de gebruikersnaam of het wachtwoord (`,
      );
      expect(said.textContent).not.toMatch(/Could not connect|refused the user name/);
    } finally {
      await smtp.close();
    }
  });

  it('says in Dutch that no column of a CSV file goes to a required field, and imports nothing', async () => {
    const { core } = await renderApp(tempDir());
    const before = core.store.data.directory.users.length;
    fireEvent.click(screen.getByRole('button', { name: /CSV importeren/ }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/plak de tekst/), { target: { value: 'kleur,stad\nrood,Delft' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bestand lezen' }));
    await waitFor(() => expect(dialog.textContent).toMatch(/Geen kolom gaat naar [^,]+, dat verplicht is\./));
    expect(dialog.textContent).not.toMatch(/missing|required|cannot be imported/);
    for (const run of within(dialog).queryAllByRole('button', { name: /importeren$/ })) {
      expect((run as HTMLButtonElement).disabled).toBe(true);
    }
    expect(core.store.data.directory.users.length).toBe(before);
  });

  it('tells a colleague in Dutch that an item is confidential', async () => {
    const { core } = await renderApp(tempDir(), '#/work', 'user-dirk');
    const item = (await core.as('user-eva').dispatch('items.submit', vatReturn('Vertrouwelijk'))) as ItemRecord;
    window.location.hash = `#/work/item/${item.id}`;
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Dat lukte niet Dit dossieritem is vertrouwelijk.'),
    );
  });
});
