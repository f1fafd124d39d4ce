import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { makeUnwritable } from '../helpers/unwritable';
import { renderApp } from './render-app';

const tempDir = useTempDirs();

describe('Directory', () => {
  it('lists the users with where their mail goes by the fallback chain', async () => {
    await renderApp(tempDir());
    expect(screen.getByRole('heading', { name: 'Adresboek' })).toBeTruthy();
    const row = (name: string) => within(screen.getByRole('table')).getByText(name).closest('tr')!;
    expect(within(row('Anna de Vries')).getByText('eigen adres')).toBeTruthy();
    expect(within(row('Bram Jansen')).getByText('e-mail werk van persoon')).toBeTruthy();
    expect(within(row('Chantal Bakker')).getByText('chantal.bakker@mail.example')).toBeTruthy();
    expect(within(row('Dirk Visser')).getByText('geen adres')).toBeTruthy();
  });

  it('creates a person through the form, and it is stored', async () => {
    const { core } = await renderApp(tempDir(), '#/directory/persons');
    fireEvent.click(screen.getByRole('button', { name: /Nieuw/ }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Voornaam/), { target: { value: 'Fleur' } });
    fireEvent.change(within(dialog).getByLabelText(/Achternaam/), { target: { value: 'Kramer' } });
    fireEvent.change(within(dialog).getByLabelText(/E-mail werk/), { target: { value: 'fleur@kramer.example' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('fleur@kramer.example')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Fleur Kramer is opgeslagen.');
    expect(core.store.data.directory.persons.find((p) => p.firstName === 'Fleur')).toMatchObject({
      lastName: 'Kramer',
      workEmail: 'fleur@kramer.example',
    });
  });

  it('edits an entry: giving Dirk an address changes where his mail goes', async () => {
    const { core } = await renderApp(tempDir());
    const row = () => within(screen.getByRole('table')).getByText('Dirk Visser').closest('tr')!;
    fireEvent.click(within(row()).getByRole('button', { name: 'Bewerken' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('Dirk Visser bewerken');
    expect((within(dialog).getByLabelText('Persoon') as HTMLSelectElement).value).toBe('person-dirk');
    fireEvent.change(within(dialog).getByLabelText(/^E-mail/), { target: { value: 'dirk@stroomlijn.example' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(within(row()).getByText('eigen adres')).toBeTruthy());
    expect(core.store.data.directory.users.find((u) => u.id === 'user-dirk')).toMatchObject({
      email: 'dirk@stroomlijn.example',
      personId: 'person-dirk',
    });
  });

  it('shows the problem next to the field and keeps the form open', async () => {
    const { core } = await renderApp(tempDir(), '#/directory/organisations');
    const before = core.store.data.directory.organisations.length;
    fireEvent.click(screen.getByRole('button', { name: /Nieuw/ }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Naam/), { target: { value: 'Acme' } });
    fireEvent.change(within(dialog).getByLabelText(/E-mail/), { target: { value: 'acme-at-example' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(within(dialog).getByText('is geen geldig e-mailadres')).toBeTruthy());
    expect(
      within(dialog)
        .getByLabelText(/E-mail/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(within(dialog).getByRole('alert').textContent).toBe('Controleer de gemarkeerde velden.');
    expect(core.store.data.directory.organisations).toHaveLength(before);
  });

  it('says which file could not be saved and why when the database cannot be written, and keeps nothing', async () => {
    const dataDir = tempDir();
    const { core } = await renderApp(dataDir, '#/directory/organisations');
    const before = core.store.data.directory.organisations.length;
    const unblock = makeUnwritable(join(dataDir, 'stroomlijn.json'));
    fireEvent.click(screen.getByRole('button', { name: /Nieuw/ }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Naam/), { target: { value: 'Bakkerij Kramer' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(within(dialog).getByRole('alert')).toBeTruthy());
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Dat lukte niet stroomlijn.json kon niet worden opgeslagen: er staat een map of een ander bestand waar het ' +
        'bestand (of de back-up ervan) hoort. Er is niets gewijzigd; probeer het opnieuw zodra dat is verholpen.',
    );
    expect(core.store.data.directory.organisations).toHaveLength(before);
    unblock();
  });

  it('deletes after confirmation, and says why an entry in use cannot be deleted', async () => {
    const { core } = await renderApp(tempDir(), '#/directory/roles');
    const row = screen.getByText('Beoordelaars aangifte').closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Verwijderen' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Dat lukte niet "Beoordelaars aangifte" wordt nog gebruikt door Bram Jansen, Chantal Bakker. Pas die eerst aan.',
      ),
    );
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Annuleren' }));

    fireEvent.click(screen.getByRole('button', { name: /Nieuw/ }));
    fireEvent.change(within(screen.getByRole('dialog')).getByLabelText(/Naam/), { target: { value: 'Tijdelijk' } });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByText('Tijdelijk')).toBeTruthy());
    fireEvent.click(within(screen.getByText('Tijdelijk').closest('tr')!).getByRole('button', { name: 'Verwijderen' }));
    expect(screen.getByRole('heading', { name: 'Tijdelijk verwijderen?' })).toBeTruthy();
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(screen.queryByText('Tijdelijk', { selector: 'td' })).toBeNull());
    expect(core.store.data.directory.roles.some((r) => r.name === 'Tijdelijk')).toBe(false);
  });

  it('imports pasted CSV and lists the rejected rows with their reasons', async () => {
    await renderApp(tempDir(), '#/directory/organisations');
    fireEvent.click(screen.getByRole('button', { name: /CSV importeren/ }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/plak de tekst/), {
      target: {
        value: 'name;email;city\nKaasboer Kok;info@kok.example;Gouda\n;x@y.example;Delft\nMolen;geen-mail;Kinderdijk',
      },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bestand lezen' }));
    // The mapping step: nothing is written until the rows as they will be stored have been seen.
    await waitFor(() => expect(within(dialog).getByText('3 regels: 1 nieuw, 0 bijgewerkt, 2 geweigerd.')).toBeTruthy());
    expect((within(dialog).getByLabelText('city') as HTMLSelectElement).value).toBe('city');
    fireEvent.click(within(dialog).getByRole('button', { name: '1 regel importeren' }));
    await waitFor(() =>
      expect(
        within(dialog).getByText('3 regels gelezen: 1 toegevoegd, 0 bijgewerkt, 2 geweigerd.', { exact: false }),
      ).toBeTruthy(),
    );
    const rejected = within(dialog)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rejected).toEqual(['3Naam: is verplicht', '4E-mail: is geen geldig e-mailadres']);
    fireEvent.click(within(dialog).getAllByRole('button', { name: 'Sluiten' }).at(-1)!);
    expect(screen.getByText('Kaasboer Kok')).toBeTruthy();
  });

  it('filters the list by what the user types', async () => {
    await renderApp(tempDir(), '#/directory/contacts');
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zonnewijk' } });
    await waitFor(() => expect(screen.getByText('3 regels')).toBeTruthy());
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'qqq' } });
    await waitFor(() => expect(screen.getByText('Niets gevonden voor “qqq”.')).toBeTruthy());
  });
});
