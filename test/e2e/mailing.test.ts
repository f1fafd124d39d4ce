import { join } from 'node:path';
import type { AddressObject } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';
import { rpc } from '../helpers/http';
import { startSmtp, type TestSmtp } from '../helpers/smtp';

// The office sends through a real SMTP server (smtp-server on loopback), started before the app.
let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());

const app = useAppInBrowser({
  env: () => ({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }),
  async prepare(host) {
    const rows = Array.from({ length: 20 }, (_, i) => {
      const name = `Mailing ${String(i + 1).padStart(2, '0')}`;
      return `${name},${i < 2 ? '' : `m${i}@klant.example`},org-buurt,${i === 2 ? 'nee' : 'ja'}`;
    });
    await rpc(host.port, host.token, 'directory.importCsv', {
      kind: 'contacts',
      csv: ['name,email,organisationId,consentEmail', ...rows].join('\n'),
    });
    await rpc(host.port, host.token, 'templates.save', {
      template: {
        name: 'Nieuwsbrief Zonnewijk',
        channel: 'email',
        audience: 'external',
        attachments: [],
        generatedPdf: false,
        texts: {
          nl: {
            subject: 'Nieuws voor {{Recipient.Name}}',
            html:
              '<p>Beste {{Recipient.Name}},</p><p>Nieuws voor {{Organisation.Name}} in {{Organisation.City}}: ' +
              '{{Item.Subject}}</p><p>Groet,<br>{{Sender.Name}}</p>',
          },
          de: {
            subject: 'Neuigkeiten für {{Recipient.Name}}',
            html:
              '<p>Hallo {{Recipient.Name}},</p><p>Neues für {{Organisation.Name}} in {{Organisation.City}}: ' +
              '{{Item.Subject}}</p>',
          },
        },
      },
    });
  },
});

const shoot = async (name: string) => {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await app.page.setViewportSize({ width, height });
    await app.page.screenshot({ path: join(outputDir, `${name}-${width}x${height}.png`) });
  }
};

/** The wizard's first step for the 20 contacts. */
async function openDialog() {
  await app.page.goto(`${app.host.url}#/directory/contacts`);
  await app.page.getByRole('searchbox').fill('Mailing');
  await app.page.getByText(/20 (regels|Einträge)/).waitFor();
  await app.page.getByLabel(/Alles selecteren|Alle auswählen/).check();
  await app.page.getByRole('button', { name: /Mailing (aan|an) 20/ }).click();
  return app.page.getByRole('dialog');
}

/** The wizard's first step with `template` chosen. */
async function openSetup(template: string) {
  const dialog = await openDialog();
  await dialog.getByLabel(/^(Berichtsjabloon|Vorlage)$/).selectOption({ label: template });
  return dialog;
}

/** The wizard's first step with its own text typed: `subject`, `body` and a click on the recipient's name. */
async function typeOwnText(subject: string, body: string) {
  const dialog = await openDialog();
  await dialog.getByLabel(/^(Eigen tekst|Eigener Text)$/).check();
  await dialog.getByLabel(/^(Onderwerp|Betreff)$/).fill(subject);
  await dialog.getByLabel(/^(Tekst|Text)$/).fill(body);
  await dialog.locator('.field-chip[title="{{Recipient.Name}}"]').click();
  return dialog;
}

/** Bytes that are no text, as in a price list. */
const priceList = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10, 0x80, 0x0a, 0x42]);

const checkRecipients = (dialog: Awaited<ReturnType<typeof openSetup>>) =>
  dialog.getByRole('button', { name: /Ontvangers controleren|Empfänger prüfen/ }).click();

async function openWizard(template: string) {
  const dialog = await openSetup(template);
  await checkRecipients(dialog);
  return dialog;
}

const languageChoice = (dialog: Awaited<ReturnType<typeof openSetup>>) =>
  dialog.getByLabel(/^(Taal van de mail|Sprache der Mail)$/);

describe('a mailing in Chromium', () => {
  it('checks before sending: who cannot get it, which fields stay empty, the first recipient’s copy', async () => {
    const dialog = await openSetup('Nieuwsbrief Zonnewijk');
    // The template's languages, the office's (Dutch) first chosen.
    expect(await languageChoice(dialog).locator('option').allTextContents()).toEqual(['Nederlands', 'Duits']);
    expect(await languageChoice(dialog).inputValue()).toBe('nl');
    await shoot('mailing-setup-nl');
    await app.page.setViewportSize({ width: 1440, height: 900 });
    await checkRecipients(dialog);
    await dialog.getByText('3 van hen kunnen deze mail niet krijgen', { exact: false }).waitFor();
    expect(await dialog.locator('tbody tr').first().textContent()).toBe('Mailing 01geen adres');
    expect(await dialog.getByTestId('empty-fields').locator('tr').allTextContents()).toEqual([
      '{{Item.Subject}}leeg voor alle 17',
    ]);
    await dialog.getByText('De mail aan Mailing 04').first().waitFor();
    expect(await dialog.getByTestId('mailing-subject').textContent()).toBe('Nieuws voor Mailing 04');
    const frame = app.page.frameLocator('.mailing-preview iframe');
    await expect
      .poll(() => frame.locator('body').textContent())
      .toContain('Nieuws voor Buurtvereniging Zonnewijk in Zeist:');
    expect(await app.page.locator('.mailing-preview iframe').getAttribute('sandbox')).toBe('');
    await shoot('mailing-check-nl');
    await app.page.setViewportSize({ width: 1440, height: 900 });
    await dialog.getByRole('button', { name: 'Afbreken' }).click();
  });

  it('mails 20 contacts: 17 sent, each with their own name, the 3 who cannot get it listed', async () => {
    const dialog = await openWizard('Nieuwsbrief Zonnewijk');
    // The check answers asynchronously: wait for its list before reading it.
    await dialog.getByText('3 van hen kunnen deze mail niet krijgen', { exact: false }).waitFor();
    expect(await dialog.locator('tbody tr').allTextContents()).toContain('Mailing 03geen toestemming');
    await dialog.getByRole('button', { name: 'Versturen aan 17' }).click();
    await dialog
      .getByRole('status')
      .getByText('17 verstuurd, 0 mislukt, 3 niet verstuurd, van 20.')
      .waitFor({ timeout: 20_000 });
    const received = smtp.received.map((m) => [(m.to as AddressObject).value[0]!.name, m.subject]);
    expect(received).toHaveLength(17);
    expect(received.every(([name, subject]) => subject === `Nieuws voor ${name}`)).toBe(true);
    const mail = smtp.received.find((m) => m.subject === 'Nieuws voor Mailing 07')!;
    expect(mail.text).toContain('Beste Mailing 07,');
    expect(JSON.stringify(smtp.received.map((m) => m.html))).not.toContain('Anna de Vries');
    // The mail as it arrived at the server, shown in Chromium.
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const to = text((mail.to as AddressObject).text);
    const head = `<h1 style="font:600 18px sans-serif">${text(mail.subject!)}</h1><p>${to}</p>`;
    await page.setContent(`${head}<hr>${mail.html}`);
    await page.screenshot({ path: join(outputDir, 'mailing-received.png') });
    await page.close();
    await dialog.getByRole('button', { name: 'Verwerkingshistorie openen' }).click();
    await app.page.getByRole('heading', { name: 'Berichten' }).waitFor();
    await expect.poll(() => app.page.locator('tbody tr').count()).toBe(20);
  });

  it('mails a text typed in the wizard, with a field and a file, when no template fits', async () => {
    const before = smtp.received.length;
    const typo = await typeOwnText('Prijzen', 'Beste {{Contact.Nmae}},\n');
    await checkRecipients(typo);
    await typo.getByText('Onbekend veld Contact.Nmae').waitFor();
    expect(await typo.getByRole('button', { name: 'Versturen aan 17' }).isDisabled()).toBe(true);
    await typo.getByRole('button', { name: 'Afbreken' }).click();
    const dialog = await typeOwnText('Prijzen & <b>nieuws</b> voor {{Recipient.Name}}', 'Beste ');
    await dialog.getByLabel('Bijlage toevoegen').setInputFiles({
      name: 'prijslijst.pdf',
      mimeType: 'application/pdf',
      buffer: priceList,
    });
    await dialog.getByText('📎 prijslijst.pdf').waitFor();
    expect(await dialog.getByLabel('Tekst', { exact: true }).inputValue()).toBe('Beste {{Recipient.Name}}');
    await shoot('mailing-text-nl');
    await app.page.setViewportSize({ width: 1440, height: 900 });
    await checkRecipients(dialog);
    await dialog.getByText('De mail aan Mailing 04').first().waitFor();
    expect(await dialog.getByTestId('mailing-subject').textContent()).toBe('Prijzen & <b>nieuws</b> voor Mailing 04');
    await dialog.getByRole('button', { name: 'Versturen aan 17' }).click();
    await dialog
      .getByRole('status')
      .getByText(/^17 verstuurd/)
      .waitFor({ timeout: 20_000 });
    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(17);
    const mail = mails.find((m) => (m.to as AddressObject).value[0]!.name === 'Mailing 07')!;
    expect(mail.subject).toBe('Prijzen & <b>nieuws</b> voor Mailing 07');
    expect(mail.html).toContain('Beste Mailing 07');
    expect(Buffer.compare(mail.attachments[0]!.content, priceList)).toBe(0);
    await dialog.getByRole('button', { name: 'Sluiten' }).last().click();
  });

  it('shows the check in German', async () => {
    await rpc(app.host.port, app.host.token, 'settings.update', { language: 'de' });
    await app.page.reload();
    const dialog = await openWizard('Nieuwsbrief Zonnewijk');
    await dialog.getByText('Die Mail an Mailing 04').first().waitFor();
    expect(await dialog.getByTestId('mailing-subject').textContent()).toBe('Neuigkeiten für Mailing 04');
    expect(await dialog.getByTestId('empty-fields').locator('tr').first().textContent()).toBe(
      '{{Item.Subject}}leer für alle 17',
    );
    await shoot('mailing-check-de');
    await dialog.getByRole('button', { name: 'Abbrechen', exact: true }).click();
  });

  it('offers its own text in German', async () => {
    const dialog = await typeOwnText('Preise für {{Recipient.Name}}', 'Hallo ');
    expect(await dialog.getByRole('button', { name: 'Empfänger prüfen' }).isEnabled()).toBe(true);
    await shoot('mailing-text-de');
    await app.page.setViewportSize({ width: 1440, height: 900 });
    await dialog.getByRole('button', { name: 'Abbrechen', exact: true }).click();
  });

  it('with the app in German, mails the Dutch contacts in Dutch: the sender chooses the language', async () => {
    const before = smtp.received.length;
    const dialog = await openSetup('Nieuwsbrief Zonnewijk');
    expect(await languageChoice(dialog).inputValue()).toBe('de');
    await languageChoice(dialog).selectOption({ label: 'Niederländisch' });
    await shoot('mailing-setup-de');
    await app.page.setViewportSize({ width: 1440, height: 900 });
    await checkRecipients(dialog);
    await dialog.getByText('Die Mail an Mailing 04').first().waitFor();
    expect(await dialog.getByTestId('mailing-language').textContent()).toBe('Auf Niederländisch');
    expect(await dialog.getByTestId('mailing-subject').textContent()).toBe('Nieuws voor Mailing 04');
    await dialog.getByRole('button', { name: 'An 17 senden' }).click();
    await dialog
      .getByRole('status')
      .getByText(/^17 gesendet/)
      .waitFor({ timeout: 20_000 });
    const subjects = smtp.received.slice(before).map((m) => m.subject);
    expect(subjects).toHaveLength(17);
    expect(subjects.every((subject) => subject!.startsWith('Nieuws voor Mailing'))).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
