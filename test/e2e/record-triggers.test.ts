import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';
import { ADMIN_LOGIN } from '../helpers/sign-in';
import { switchUser } from '../helpers/sign-in-page';

const app = useAppInBrowser({ prepare: (host) => host.signInAs('user-bram', 'bram').then(() => undefined) });

describe('record triggers in Chromium', () => {
  it('a deal moved to Feedback reaches the project team’s inbox and the capture mailbox; a status change shows its pending reminder in the schedule', async () => {
    const { page } = app;
    const edit = async (title: string, label: 'Fase' | 'Status', value: string) => {
      await page.goto(`${app.host.url}#/records/deal`);
      const row = page.getByRole('row', { name: new RegExp(title) });
      await row.getByRole('button', { name: `Bewerken: ${title}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(label).selectOption(value);
      await dialog.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
    };
    await edit('Zonnepanelen Buurtvereniging Zonnewijk', 'Fase', 'Feedback');

    // Bram is in the project team: his inbox has it, and the sidebar counts it.
    await switchUser(page, `${app.host.url}#/work/inbox`, 'bram');
    const entry = page.locator('.inbox-list li', {
      hasText: 'Zonnepanelen Buurtvereniging Zonnewijk staat op Feedback',
    });
    await entry.waitFor();
    await expect.poll(() => page.locator('.nav-badge').textContent()).toBe('1');
    await entry.locator('summary').click();
    await entry.getByText('Deal Zonnepanelen Buurtvereniging Zonnewijk staat nu op Feedback.').waitFor();
    // Read: the counts go down, also in the sidebar.
    await expect.poll(() => page.locator('.nav-badge').count()).toBe(0);
    await page.screenshot({ path: join(outputDir, 'record-triggers-inbox.png') });

    // An administrator sees the mails in the capture mailbox (no SMTP server here).
    await switchUser(page, `${app.host.url}#/messages/capture`, ADMIN_LOGIN);
    await expect
      .poll(() => page.getByRole('row', { name: /Zonnepanelen Buurtvereniging Zonnewijk staat op Feedback/ }).count())
      .toBeGreaterThan(0);

    // Status "Offerte aangevraagd": a mail in 3 days and a reminder 7 days later, listed before they go.
    await edit('Spouwmuurisolatie Bakkerij de Korenaar', 'Status', 'Offertezoek - Offerte aangevraagd');
    await page.goto(`${app.host.url}#/messages/scheduled`);
    const reminder = page
      .getByRole('row', { name: /herinnering/ })
      .filter({ hasText: 'Spouwmuurisolatie Bakkerij de Korenaar' });
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain('Kans: offerte aangevraagd');
    expect(await reminder.textContent()).toContain('Kans – offerte aangevraagd');
    await page.screenshot({ path: join(outputDir, 'record-triggers-schedule.png') });
    expect(app.errors).toEqual([]);
  });
});
