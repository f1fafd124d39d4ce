import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CrmRecord } from '@shared/model';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';
import { ADMIN_LOGIN } from '../helpers/sign-in';
import { rpc } from '../helpers/http';

// A time zone other than the host's (UTC): what is entered must come back as entered, and be stored as UTC.
const app = useAppInBrowser({ timezoneId: 'Europe/Amsterdam' });
const call = async (method: string, input: unknown) =>
  (await rpc(app.host.port, app.host.token, method, input)).json().value;
const shot = async (name: string) => {
  for (const theme of ['light', 'dark'] as const) {
    await call('settings.update', { theme });
    await app.page.reload();
    await app.page.locator('.records-table').waitFor();
    await app.page.screenshot({ path: join(outputDir, `records-${name}-${theme}.png`) });
  }
  await call('settings.update', { theme: 'light' });
};

describe('the Records area in Chromium', () => {
  it('creates a deal, changes its stage in the form and sees the list change', async () => {
    await app.page.goto(`${app.host.url}#/records`);
    await app.page.getByRole('link', { name: 'Gegevens' }).waitFor();
    expect(await app.page.getByRole('tab', { name: /Deals/ }).getAttribute('aria-selected')).toBe('true');
    await app.page.getByRole('row', { name: /Zonnepanelen Buurtvereniging Zonnewijk/ }).waitFor();
    await app.page.getByRole('button', { name: 'Nieuw · Deal' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByLabel('Titel').fill('Dakisolatie Van Dijk');
    await dialog.getByLabel('Waarde (€)').fill('9800');
    await dialog.getByLabel('Organisatie').selectOption({ label: 'Bakkerij de Korenaar' });
    await dialog.getByLabel('Status').selectOption('Offertezoek - Offerte aangevraagd');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const row = app.page.getByRole('row', { name: /Dakisolatie Van Dijk/ });
    await expect
      .poll(() => row.locator('td').allTextContents())
      .toEqual([
        'Dakisolatie Van Dijk',
        'Lead',
        'Offertezoek - Offerte aangevraagd',
        '9.800',
        'Bakkerij de Korenaar',
        ADMIN_LOGIN,
        '',
      ]);

    await row.getByRole('button', { name: 'Bewerken: Dakisolatie Van Dijk' }).click();
    await dialog.getByLabel('Fase').selectOption('Offerte');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('Offerte');
    const [deal] = (await call('records.list', { entity: 'deal', search: 'Dakisolatie Van Dijk' })) as CrmRecord[];
    expect(deal!.fields).toMatchObject({ stage: 'Offerte', value: 9800, organisationId: 'org-bakkerij' });

    // The list filters on the stage; the keyboard opens a record beside it and Escape closes it.
    await app.page.getByLabel('Fase', { exact: true }).selectOption('Offerte');
    await expect.poll(() => app.page.locator('.records-table tbody tr').count()).toBe(2);
    await app.page.getByRole('link', { name: 'Dakisolatie Van Dijk' }).focus();
    await app.page.keyboard.press('Enter');
    const panel = app.page.getByRole('complementary');
    await panel.getByRole('heading', { name: 'Dakisolatie Van Dijk' }).waitFor();
    expect(await panel.locator('dd').first().textContent()).toBe('Offerte');
    await shot('deals');
    await app.page.getByRole('heading', { name: 'Dakisolatie Van Dijk' }).focus();
    await app.page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('keeps a task’s due date in local time across a reload, stored as UTC; marks it done', async () => {
    await app.page.goto(`${app.host.url}#/records/task`);
    await app.page.getByRole('row', { name: /Piet Mulder bellen over de offerte/ }).waitFor();
    await app.page.getByRole('button', { name: 'Nieuw · Taak' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByLabel('Titel').fill('Henk Dekker terugbellen');
    await dialog.getByLabel('Verantwoordelijke').selectOption({ label: 'Bram Jansen' });
    await dialog.getByLabel('Contactpersoon').selectOption({ label: 'Henk Dekker' });
    await dialog.getByLabel('Uiterlijk').fill('2026-12-03T09:15');
    await dialog.getByLabel('Bestede tijd (uren)').fill('1,5');
    await dialog.getByLabel('Geplande tijd (uren)').fill('2');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const row = app.page.getByRole('row', { name: /Henk Dekker terugbellen/ });
    await row.waitFor();
    const [task] = (await call('records.list', { entity: 'task', search: 'Henk Dekker terugbellen' })) as CrmRecord[];
    expect(task!.fields).toMatchObject({
      type: 'Bellen',
      status: 'Open',
      responsible: 'user-bram',
      contact: 'contact-henk',
      dueDate: '2026-12-03T08:15:00.000Z',
      timeTracked: 1.5,
      timeTarget: 2,
    });

    await app.page.reload();
    await row.waitFor();
    expect(await row.textContent()).toContain('3 dec 2026, 09:15');
    expect(await row.textContent()).toContain('1,5 / 2 u');
    await row.getByRole('button', { name: 'Bewerken: Henk Dekker terugbellen' }).click();
    expect(await dialog.getByLabel('Uiterlijk').inputValue()).toBe('2026-12-03T09:15');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await shot('tasks');

    await row.getByRole('button', { name: 'Afhandelen: Henk Dekker terugbellen' }).click();
    await app.page.getByText('“Henk Dekker terugbellen” is afgehandeld.').waitFor();
    await app.page.getByRole('group', { name: 'Taken' }).getByRole('button', { name: 'Afgehandeld' }).click();
    await expect.poll(() => app.page.getByRole('link', { name: 'Henk Dekker terugbellen' }).count()).toBe(1);
    expect(((await call('records.get', { id: task!.id })) as CrmRecord).fields.status).toBe('Afgehandeld');
    expect(app.errors).toEqual([]);
  });
});
