import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Language } from '@shared/model/common';
import { createI18n } from '../../renderer/src/i18n';
import { DateInput } from '../../renderer/src/ui/DateInput';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();

/** A date filter as a page holds it: the ISO date it is given back, shown beside the input. */
async function renderDate(language: Language, start = '') {
  const i18n = await createI18n(language);
  const seen: string[] = [];
  function Filter() {
    const [iso, setIso] = useState(start);
    return (
      <>
        <DateInput ariaLabel="Datum" value={iso} onChange={(v) => (seen.push(v), setIso(v))} />
        <output>{iso}</output>
      </>
    );
  }
  render(
    <I18nextProvider i18n={i18n}>
      <Filter />
    </I18nextProvider>,
  );
  const input = screen.getByLabelText('Datum') as HTMLInputElement;
  const type = (text: string) => fireEvent.change(input, { target: { value: text } });
  return { input, type, seen, stored: () => screen.getByRole('status').textContent };
}

describe('a date typed in the UI language, not the browser’s mm/dd/yyyy', () => {
  it('reads a Dutch 26-11-2026 as 2026-11-26 and shows a stored date the Dutch way', async () => {
    const { input, type, stored } = await renderDate('nl', '2026-01-05');
    expect(input.type).toBe('text');
    expect(input.placeholder).toBe('dd-mm-jjjj');
    expect(input.value).toBe('05-01-2026');
    type('26-11-2026');
    expect(stored()).toBe('2026-11-26');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    type('');
    expect(stored()).toBe('');
  });

  it('reads a German 26.11.2026 and writes dates with dots', async () => {
    const { input, type, stored } = await renderDate('de', '2026-01-05');
    expect(input.placeholder).toBe('TT.MM.JJJJ');
    expect(input.value).toBe('05.01.2026');
    type('26.11.2026');
    expect(stored()).toBe('2026-11-26');
  });

  it('refuses 31-02-2026 with a translated reason and keeps the last good date', async () => {
    const { input, type, seen, stored } = await renderDate('nl', '2026-11-26');
    type('31-02-2026');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('“31-02-2026” is een datum die niet bestaat');
    type('26 nov');
    expect(screen.getByRole('alert').textContent).toBe('“26 nov” is geen datum: schrijf bijvoorbeeld 26-11-2026');
    expect(seen).toEqual([]);
    expect(stored()).toBe('2026-11-26');
  });

  it('the message history filters from and until by dates typed in Dutch', async () => {
    await renderApp(tempDir(), '#/messages/history');
    for (const name of ['Van', 'Tot en met']) {
      const input = (await screen.findByLabelText(name)) as HTMLInputElement;
      expect([input.type, input.placeholder]).toEqual(['text', 'dd-mm-jjjj']);
    }
  });
});
