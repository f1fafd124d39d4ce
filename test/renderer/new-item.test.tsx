import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '@shared/model';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();

describe('Work → New item', () => {
  it('shows the API’s problems at their fields, submits nothing until all is right, then opens it', async () => {
    // Dirk is signed in: he submits as himself.
    const { core } = await renderApp(tempDir(), '#/work', 'user-dirk');
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuw dossieritem' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(await within(dialog).findByLabelText('Type dossieritem'), {
      target: { value: 'type-accordering' },
    });
    fireEvent.change(within(dialog).getByLabelText(/^Onderwerp/), { target: { value: 'Btw-aangifte Q4' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Insturen' }));
    await within(dialog).findByText('Controleer de gemarkeerde velden.');
    const problemOf = (label: RegExp) =>
      within(dialog).getByLabelText(label).closest('.form-row')!.querySelector('.field-error')?.textContent;
    expect(problemOf(/^Berichtsoort/)).toBe('is verplicht');
    expect(problemOf(/^Instantie/)).toBe('is verplicht');
    expect(problemOf(/^Klant/)).toBeUndefined();
    expect(
      within(dialog)
        .getByLabelText(/^Berichtsoort/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await core.as('user-dirk').dispatch('items.list', {})).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText(/^Berichtsoort/), { target: { value: 'btw-aangifte' } });
    fireEvent.change(within(dialog).getByLabelText(/^Instantie/), { target: { value: 'Belastingdienst' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Insturen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [item] = (await core.as('user-dirk').dispatch('items.list', {})) as ItemRecord[];
    expect(item).toMatchObject({
      number: 'D-2026-0001',
      submitterUserId: 'user-dirk',
      fields: { berichtsoort: 'btw-aangifte', instantie: 'Belastingdienst' },
    });
  });
});
