import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '@shared/model';
import { EXPENSE_TYPE, publishExpenseClaim } from '../helpers/expense-claim';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();

describe('the item form (Dutch UI)', () => {
  it('submits money typed as "6.250,50" and a date as 26-11-2026, refuses "6.25", shows € 6.250,50 back', async () => {
    const { core } = await renderApp(tempDir(), '#/work', 'user-eva');
    await publishExpenseClaim(core.dispatch, core.store);
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuw dossieritem' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('option', { name: 'Declaratie' });
    fireEvent.change(within(dialog).getByLabelText('Type dossieritem'), { target: { value: EXPENSE_TYPE } });
    fireEvent.change(within(dialog).getByLabelText(/^Onderwerp/), { target: { value: 'Taxi Utrecht' } });
    // Labels and help in Dutch, a required mark, an input per kind.
    expect(within(dialog).getByText('Waarvoor was de uitgave?')).toBeTruthy();
    expect(
      within(dialog)
        .getByLabelText(/^Bedrag/)
        .closest('.form-row')!
        .querySelector('.required'),
    ).toBeTruthy();
    expect(within(dialog).getByLabelText(/^Toelichting/).tagName).toBe('TEXTAREA');
    expect(within(dialog).getByLabelText(/^Kostenplaats/).tagName).toBe('SELECT');
    expect(within(dialog).getByLabelText(/^Bon/).getAttribute('type')).toBe('file');
    fireEvent.change(within(dialog).getByLabelText(/^Bedrag/), { target: { value: '6.25' } });
    fireEvent.change(within(dialog).getByLabelText(/^Datum/), { target: { value: '26-11-2026' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Insturen' }));
    await within(dialog).findByText('is zo geen getal: schrijf bijvoorbeeld 6.250,50');
    expect(await core.dispatch('items.list', { itemTypeId: EXPENSE_TYPE })).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText(/^Bedrag/), { target: { value: '6.250,50' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Insturen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [item] = (await core.dispatch('items.list', { itemTypeId: EXPENSE_TYPE })) as ItemRecord[];
    expect(item!.fields).toEqual({ bedrag: 6250.5, datum: '2026-11-26' });
    await waitFor(() => expect(document.querySelector('dd[data-field="bedrag"]')?.textContent).toBe('€\u00a06.250,50'));
    expect(document.querySelector('dd[data-field="datum"]')?.textContent).toBe('26 nov 2026');
  });

  it('acting on a task whose form requires a field: refused at the field, then taken with the field', async () => {
    const { core } = await renderApp(tempDir(), '#/work', 'user-bram');
    await publishExpenseClaim(core.dispatch, core.store);
    const item = (await core.as('user-eva').dispatch('items.submit', {
      itemTypeId: EXPENSE_TYPE,
      subject: 'Taxi Utrecht',
      fields: { bedrag: 6250.5, toelichting: 'Taxi' },
    })) as ItemRecord;
    window.location.hash = `#/work/item/${item.id}`;
    const approve = await screen.findByRole('button', { name: 'Akkoord' });
    // Read-only: the amount as a value; editable: the explanation; required before Akkoord.
    expect(document.querySelector('.task-form [data-field="bedrag"]')?.textContent).toBe('€\u00a06.250,50');
    expect((screen.getByLabelText(/^Toelichting/) as HTMLTextAreaElement).value).toBe('Taxi');
    fireEvent.click(approve);
    const approved = () => screen.getByLabelText(/^Goedgekeurd bedrag/);
    await waitFor(() => expect(approved().getAttribute('aria-invalid')).toBe('true'));
    expect(approved().closest('.form-row')!.querySelector('.field-error')!.textContent).toBe('is verplicht');
    expect(((await core.dispatch('items.get', { id: item.id })) as ItemRecord).status).toBe('running');
    fireEvent.change(approved(), { target: { value: '6.000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Akkoord' }));
    await waitFor(async () =>
      expect(((await core.dispatch('items.get', { id: item.id })) as ItemRecord).status).toBe('completed'),
    );
    expect(((await core.dispatch('items.get', { id: item.id })) as ItemRecord).fields.goedgekeurdBedrag).toBe(6000);
  });
});
