import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/src/i18n';
import { type PickerOption, SearchPicker } from '../../renderer/src/ui/SearchPicker';

afterEach(cleanup);

const people: PickerOption[] = [
  { id: 'u1', label: 'Anna de Vries', hint: 'anna@kantoor.nl' },
  { id: 'u2', label: 'Bram Jansen', hint: 'bram@kantoor.nl' },
  { id: 'u3', label: 'Anouk Bakker', hint: 'anouk@kantoor.nl' },
];

async function renderPicker(initial: string[] = []) {
  const i18n = await createI18n('nl');
  const seen: string[][] = [];
  function Host() {
    const [ids, setIds] = useState(initial);
    return (
      <SearchPicker
        label="Gebruikers"
        options={people}
        value={ids}
        onChange={(next) => {
          seen.push(next);
          setIds(next);
        }}
      />
    );
  }
  render(
    <I18nextProvider i18n={i18n}>
      <Host />
    </I18nextProvider>,
  );
  return { box: screen.getByRole('combobox', { name: 'Gebruikers' }), seen };
}

describe('the searchable picker', () => {
  it('filters as you type (name or e-mail), picks with the arrows and Enter, and shows the pick as a chip', async () => {
    const { box, seen } = await renderPicker();
    fireEvent.change(box, { target: { value: 'an' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Anna de Vriesanna@kantoor.nl',
      'Bram Jansenbram@kantoor.nl',
      'Anouk Bakkeranouk@kantoor.nl',
    ]);
    fireEvent.change(box, { target: { value: 'ano' } });
    expect(screen.getAllByRole('option')).toHaveLength(1);
    fireEvent.change(box, { target: { value: 'a' } });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('Anouk Bakker');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(seen.at(-1)).toEqual(['u3']);
    expect(within(screen.getByRole('list', { name: 'Gebruikers' })).getByText('Anouk Bakker')).toBeTruthy();
    expect(box).toHaveProperty('value', '');
  });

  it('closes on Escape, says when nothing matches, and removes a chip by its button or Backspace', async () => {
    const { box, seen } = await renderPicker(['u1', 'u2']);
    fireEvent.focus(box);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Anouk Bakkeranouk@kantoor.nl']);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.change(box, { target: { value: 'zzz' } });
    expect(screen.getByText('Niets gevonden')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Anna de Vries verwijderen' }));
    expect(seen.at(-1)).toEqual(['u2']);
    fireEvent.change(box, { target: { value: '' } });
    fireEvent.keyDown(box, { key: 'Backspace' });
    expect(seen.at(-1)).toEqual([]);
  });
});
