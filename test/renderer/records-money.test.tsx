import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CrmRecord } from '@shared/model';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();

describe('Records → a deal’s value typed as the Dutch write it', () => {
  it('saves "6.250,50" as 6250.5, and refuses "6.25" at the field with nothing saved', async () => {
    const { core } = await renderApp(tempDir(), '#/records/deal', 'user-bram');
    const title = 'Spouwmuurisolatie Bakkerij de Korenaar';
    await screen.findByText(title);
    const edit = () =>
      fireEvent.click(within(screen.getByText(title).closest('tr')!).getByRole('button', { name: /^Bewerken/ }));
    const stored = async () =>
      ((await core.dispatch('records.get', { id: 'rec-deal-korenaar' })) as CrmRecord).fields.value;
    const before = await stored();
    edit();
    let dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Waarde/), { target: { value: '6.25' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await within(dialog).findByText('is zo geen getal: schrijf bijvoorbeeld 6.250,50');
    expect(
      within(dialog)
        .getByLabelText(/Waarde/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await stored()).toBe(before);
    fireEvent.change(within(dialog).getByLabelText(/Waarde/), { target: { value: '6.250,50' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await stored()).toBe(6250.5);
    // Shown again for editing as it was typed.
    edit();
    dialog = screen.getByRole('dialog');
    expect((within(dialog).getByLabelText(/Waarde/) as HTMLInputElement).value).toBe('6.250,5');
  });
});
