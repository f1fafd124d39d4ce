import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/model/audit';
import { auditCsv, detailsText } from '../../renderer/src/audit/audit-text';
import { createI18n } from '../../renderer/src/i18n';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();
const rows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );

describe('the audit page', () => {
  it('shows administrators what was done, in Dutch, filtered by what and by whom', async () => {
    const { core } = await renderApp(tempDir(), '#/directory/users');
    await core.dispatch('accounts.setPassword', {
      userId: 'user-bram',
      login: 'bram',
      password: 'een lang wachtwoord',
    });
    await core
      .as('user-bram')
      .dispatch('settings.update', { theme: 'dark' })
      .catch(() => undefined);
    await core.dispatch('engine.pause', { paused: true });
    window.location.hash = '#/audit';
    expect(await screen.findByRole('heading', { name: 'Logboek' })).toBeTruthy();
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows().map((cells) => cells.slice(1, 5))).toEqual([
      ['Anna de Vries', 'Gepauzeerd of hervat', '', 'onderdeel: verwerking · gepauzeerd: Ja'],
      ['Bram Jansen', 'Geweigerd', '', 'verzoek: instellingen'],
      ['Anna de Vries', 'Wachtwoord ingesteld', 'Bram Jansen', 'gebruikersnaam: bram'],
    ]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Wat' }), { target: { value: 'refused' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.change(screen.getByRole('combobox', { name: 'Wat' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Wie' }), { target: { value: 'user-bram' } });
    // By Bram, or about him.
    await waitFor(() => expect(rows().map((cells) => cells[2])).toEqual(['Geweigerd', 'Wachtwoord ingesteld']));
  });

  it('shows the answer for the filter chosen last, when the answer for an earlier filter arrives after it', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const holdUnfiltered = async (method: string, input: unknown) => {
      const filter = (input as { filter?: { action?: string; userId?: string } }).filter;
      if (method === 'audit.list' && holding && !filter?.action && !filter?.userId) await held;
    };
    let holding = false;
    const { core } = await renderApp(tempDir(), '#/directory/users', undefined, holdUnfiltered);
    await core.dispatch('accounts.setPassword', {
      userId: 'user-bram',
      login: 'bram',
      password: 'een lang wachtwoord',
    });
    await core.dispatch('engine.pause', { paused: true });
    window.location.hash = '#/audit';
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.change(screen.getByRole('combobox', { name: 'Wat' }), { target: { value: 'paused' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    holding = true;
    fireEvent.change(screen.getByRole('combobox', { name: 'Wat' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Wie' }), { target: { value: 'user-bram' } });
    await waitFor(() => expect(rows().map((cells) => cells[2])).toEqual(['Wachtwoord ingesteld']));
    // The held answer and everything it would set run on microtasks: one turn of the event loop flushes them.
    await act(async () => {
      release();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await waitFor(() => expect(rows().map((cells) => cells[2])).toEqual(['Wachtwoord ingesteld']));
  });

  it('writes a CSV a spreadsheet opens safely: formulas defused, separators and quotes kept, in the language chosen', async () => {
    const { core } = await renderApp(tempDir(), '#/work');
    const name = '=HYPERLINK("http://evil.example";"klik"); a "quote"\nand a line';
    await core.dispatch('directory.save', { kind: 'contacts', entry: { name, email: 'x@voorbeeld.example' } });
    const { entries } = (await core.dispatch('audit.export', {})) as { entries: AuditEntry[] };
    const i18n = await createI18n('de');
    const csv = auditCsv(i18n.t, entries, 'de');
    expect(csv.startsWith('\uFEFFUTC;API;Wann;Wer;Was;Worüber;Details;Von wo\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    expect(parsed).toHaveLength(2);
    const [at, method, , actor, action, target, details] = parsed[1]!;
    expect(method).toBe('');
    expect(at).toBe(entries[0]!.at);
    expect([actor, action, details]).toEqual([
      'Anna de Vries',
      'Adressbuch geändert',
      'Art: Kontakt · Änderung: hinzugefügt',
    ]);
    expect(target).toBe(`'${name}`);
  });

  it('says what an office calendar change set, weekdays named in the reader’s language', async () => {
    const entry = {
      details: { subject: 'officeCalendar', workingDays: '1,2,3,4', openingHours: '08:30–16:00', holidaysOf: 'DE-BY' },
    } as unknown as AuditEntry;
    const nl = await createI18n('nl');
    expect(detailsText(nl.t, entry, 'nl')).toBe(
      'onderdeel: kantoorkalender · werkdagen: ma, di, wo, do · openingstijden: 08:30–16:00 · feestdagen van: DE-BY',
    );
    const de = await createI18n('de');
    expect(detailsText(de.t, entry, 'de')).toContain('Arbeitstage: Mo, Di, Mi, Do');
  });
});
