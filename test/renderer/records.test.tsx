import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CrmRecord } from '@shared/model';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

// Times are entered and shown in local time; Amsterdam is UTC+1 in November.
process.env.TZ = 'Europe/Amsterdam';
const tempDir = useTempDirs();
// The app's fake clock starts here (the sample records are dated from it); the renderer's "now" too.
beforeEach(() => void vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T09:00:00.000Z') }));
afterEach(() => void vi.useRealTimers());

const titles = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]!.textContent);
const toolbar = () => document.querySelector('.records-toolbar') as HTMLElement;

describe('Records', () => {
  it('lists tasks with names, local times and time against target; filters open/overdue/done and by responsible; sorts by due date', async () => {
    await renderApp(tempDir(), '#/records/task');
    await screen.findByText('Piet Mulder bellen over de offerte');
    const piet = screen.getByText('Piet Mulder bellen over de offerte').closest('tr')!;
    // Names, not ids; the due date (2026-11-24T11:00Z) in Amsterdam time.
    expect(within(piet).getByText('Bram Jansen')).toBeTruthy();
    expect(within(piet).getByText('Piet Mulder')).toBeTruthy();
    expect(within(piet).getByText(/24 nov 2026.*12:00/)).toBeTruthy();
    const offerte = screen.getByText('Offerte zonnepanelen Zonnewijk opstellen').closest('tr')!;
    expect(within(offerte).getByText('1,5 / 2 u')).toBeTruthy();
    expect(
      within(screen.getByText('Schouw warmtepomp bij Dekker').closest('tr')!).getByText('meer dan gepland'),
    ).toBeTruthy();

    fireEvent.click(within(toolbar()).getByRole('button', { name: 'Verlopen' }));
    expect(titles()).toEqual(['Henk Dekker nabellen na de installatie']);
    fireEvent.click(within(toolbar()).getByRole('button', { name: 'Afgehandeld' }));
    expect(titles()).toEqual(['Schouw warmtepomp bij Dekker']);
    fireEvent.click(within(toolbar()).getByRole('button', { name: 'Open' }));
    expect(titles()).toHaveLength(4);
    fireEvent.change(within(toolbar()).getByLabelText('Verantwoordelijke'), { target: { value: 'user-anna' } });
    fireEvent.change(within(toolbar()).getByLabelText('Type'), { target: { value: 'Bellen' } });
    expect(titles()).toEqual(['Sanne Kok bellen: schouw inplannen']);
    fireEvent.change(within(toolbar()).getByLabelText('Type'), { target: { value: '' } });
    fireEvent.change(within(toolbar()).getByLabelText('Sorteren op'), { target: { value: 'due' } });
    expect(titles()).toEqual([
      'Sanne Kok bellen: schouw inplannen',
      'Offerte zonnepanelen Zonnewijk opstellen',
      'Jonas Becker mailen over het budget',
    ]);
    // Search goes by what is shown: a contact's name.
    fireEvent.click(within(toolbar()).getByRole('button', { name: 'Alle' }));
    fireEvent.change(within(toolbar()).getByLabelText('Verantwoordelijke'), { target: { value: '' } });
    fireEvent.change(within(toolbar()).getByLabelText('Zoeken'), { target: { value: 'henk dekker' } });
    expect(titles().sort()).toEqual(['Henk Dekker nabellen na de installatie', 'Schouw warmtepomp bij Dekker']);
  });

  it('marks a task done from the list, and shows every field of a record beside the list', async () => {
    const { core } = await renderApp(tempDir(), '#/records/task');
    const row = (await screen.findByText('Henk Dekker nabellen na de installatie')).closest('tr')!;
    expect(within(row).getByText('verlopen')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Afhandelen: Henk Dekker nabellen na de installatie' }));
    await screen.findByText('“Henk Dekker nabellen na de installatie” is afgehandeld.');
    await waitFor(async () =>
      expect(((await core.dispatch('records.get', { id: 'rec-task-nabellen-henk' })) as CrmRecord).fields.status).toBe(
        'Afgehandeld',
      ),
    );
    await waitFor(() =>
      expect(
        within(screen.getByText('Henk Dekker nabellen na de installatie').closest('tr')!).queryByText('verlopen'),
      ).toBeNull(),
    );

    fireEvent.click(screen.getByRole('link', { name: 'Offerte zonnepanelen Zonnewijk opstellen' }));
    const panel = await screen.findByRole('complementary');
    const facts = Object.fromEntries(
      [...panel.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]),
    );
    expect(facts).toMatchObject({
      Type: 'Offerte maken',
      Verantwoordelijke: 'Anna de Vries',
      Contactpersoon: 'Piet Mulder',
      Project: 'Zonnewijk fase 1: schouw en planning',
      Notities: '42 daken; opbrengstberekening per dak meesturen.',
      Tijd: '1,5 / 2 u',
    });
    expect(facts.Uiterlijk).toMatch(/27 nov 2026.*12:00/);
    fireEvent.keyDown(panel, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull());
  });

  it('creates a task with a due date in local time, stored in UTC and shown the same when edited', async () => {
    const { core } = await renderApp(tempDir(), '#/records/task');
    await screen.findByText('Piet Mulder bellen over de offerte');
    fireEvent.click(screen.getByRole('button', { name: /Nieuw · Taak/ }));
    const dialog = screen.getByRole('dialog');
    // A new task starts at the first type and status, with you responsible.
    expect((within(dialog).getByLabelText(/Status/) as HTMLSelectElement).value).toBe('Open');
    fireEvent.change(within(dialog).getByLabelText(/Titel/), { target: { value: 'Eva Smit bellen' } });
    fireEvent.change(within(dialog).getByLabelText(/Verantwoordelijke/), { target: { value: 'user-bram' } });
    fireEvent.change(within(dialog).getByLabelText(/Contactpersoon/), { target: { value: 'contact-eva' } });
    fireEvent.change(within(dialog).getByLabelText(/Uiterlijk/), { target: { value: '2026-11-25T14:30' } });
    fireEvent.change(within(dialog).getByLabelText(/Geplande tijd/), { target: { value: '0,5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const stored = (
      (await core.dispatch('records.list', { entity: 'task', search: 'Eva Smit bellen' })) as CrmRecord[]
    )[0]!;
    expect(stored.fields).toEqual({
      type: 'Bellen',
      status: 'Open',
      responsible: 'user-bram',
      contact: 'contact-eva',
      dueDate: '2026-11-25T13:30:00.000Z',
      timeTarget: 0.5,
    });
    const row = screen.getByText('Eva Smit bellen').closest('tr')!;
    expect(within(row).getByText(/25 nov 2026.*14:30/)).toBeTruthy();
    expect(within(row).getByText('0 / 0,5 u')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Bewerken: Eva Smit bellen' }));
    expect((within(screen.getByRole('dialog')).getByLabelText(/Uiterlijk/) as HTMLInputElement).value).toBe(
      '2026-11-25T14:30',
    );
  });

  it('changes a deal’s stage in the form, and shows the API’s problems at their fields', async () => {
    // Records are everyone's: Bram (no administrator) changes a deal.
    const { core } = await renderApp(tempDir(), '#/records/deal', 'user-bram');
    const row = () => screen.getByText('Spouwmuurisolatie Bakkerij de Korenaar').closest('tr')!;
    await screen.findByText('Spouwmuurisolatie Bakkerij de Korenaar');
    fireEvent.click(within(row()).getByRole('button', { name: /^Bewerken/ }));
    let dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('Spouwmuurisolatie Bakkerij de Korenaar bewerken');
    fireEvent.change(within(dialog).getByLabelText(/Fase/), { target: { value: 'Feedback' } });
    fireEvent.change(within(dialog).getByLabelText(/Titel/), { target: { value: ' ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(within(dialog).getByText('is verplicht')).toBeTruthy());
    expect(within(dialog).getByLabelText(/Titel/).getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByRole('alert').textContent).toBe('Controleer de gemarkeerde velden.');
    fireEvent.change(within(dialog).getByLabelText(/Titel/), {
      target: { value: 'Spouwmuurisolatie Bakkerij de Korenaar' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(row()).getByText('Feedback')).toBeTruthy();
    expect(((await core.dispatch('records.get', { id: 'rec-deal-korenaar' })) as CrmRecord).fields.stage).toBe(
      'Feedback',
    );

    // Anna leaves the directory; her deal still names her, and saving says at the field why it cannot.
    await core.store.update((db) => void (db.directory.users = db.directory.users.filter((u) => u.id !== 'user-anna')));
    fireEvent.click(within(row()).getByRole('button', { name: /^Bewerken/ }));
    dialog = screen.getByRole('dialog');
    expect((within(dialog).getByLabelText(/Verantwoordelijke/) as HTMLSelectElement).value).toBe('user-anna');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(within(dialog).getByText('is geen gebruiker')).toBeTruthy());
    expect(
      within(dialog)
        .getByLabelText(/Verantwoordelijke/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
  });
});
