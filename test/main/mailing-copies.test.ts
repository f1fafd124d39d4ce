import type { AddressObject } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '@shared/api';
import type { OutboxMessage } from '@shared/model';
import { sendThroughSmtp } from '../helpers/app-smtp';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();
type App = Awaited<ReturnType<typeof apps.open>>;
type Check = ApiOutput<'mailings.check'>;

async function officeWithSmtp() {
  const app = await apps.open(tempDir());
  const smtp = await sendThroughSmtp(app, apps.track);
  return { app, smtp };
}

/** Contacts as an office keeps them, made in the Directory: one with a linked person, two without. */
async function contacts(app: App) {
  const save = (kind: string, entry: object) =>
    app.dispatch('directory.save', { kind, entry } as never) as Promise<{ id: string }>;
  const person = await save('persons', {
    firstName: 'Fenna',
    lastName: 'de Wit',
    workEmail: 'fenna@dewit.example',
    phone: '06 5555 0101',
    organisationId: 'org-bakkerij',
  });
  const ids = [
    (
      await save('contacts', {
        name: 'Fenna de Wit',
        email: 'fenna@dewit.example',
        personId: person.id,
        organisationId: 'org-bakkerij',
        consentEmail: true,
      })
    ).id,
    (
      await save('contacts', {
        name: 'Gert\r\nBcc: x@evil.example Hoek',
        email: 'gert@hoek.example',
        organisationId: 'org-werkstatt',
        consentEmail: true,
      })
    ).id,
    (await save('contacts', { name: 'Ilse Ros', email: 'ilse@ros.example', consentEmail: true })).id,
  ];
  return ids.map((id) => ({ kind: 'contacts' as const, id }));
}

const template = {
  name: 'Nieuwsbrief',
  channel: 'email' as const,
  audience: 'external' as const,
  attachments: [],
  generatedPdf: false,
  texts: {
    nl: {
      subject: 'Nieuws voor {{Recipient.Name}}',
      html: '<p>Beste {{Contact.FirstName}} ({{Organisation.Name}}),</p><p>Over {{Item.Subject}}.</p>',
    },
  },
};

describe('a mailing renders each copy with that recipient’s own data', () => {
  it('says before sending which fields stay empty for how many, and shows the first recipient’s copy', async () => {
    const { app } = await officeWithSmtp();
    const targets = await contacts(app);
    const saved = (await app.dispatch('templates.save', { template })) as { id: string };
    const check = (await app.dispatch('mailings.check', { targets, templateId: saved.id })) as Check;
    expect(check.recipients.map((r) => r.skip ?? 'ok')).toEqual(['ok', 'ok', 'ok']);
    expect(check.emptyFields).toEqual([
      { field: 'Item.Subject', empty: 3, of: 3 },
      { field: 'Contact.FirstName', empty: 2, of: 3 },
      { field: 'Organisation.Name', empty: 1, of: 3 },
    ]);
    expect(check.preview).toMatchObject({
      name: 'Fenna de Wit',
      subject: 'Nieuws voor Fenna de Wit',
      html: '<p>Beste Fenna (Bakkerij de Korenaar),</p><p>Over .</p>',
    });
    expect(check.problems).toEqual([]);
    // The sample template the issue saw: "uw offerte voor Isolatie Zonnewijk 12" went to real contacts.
    const offerte = (await app.dispatch('mailings.check', { targets, templateId: 'tpl-offerte-aangevraagd' })) as Check;
    expect(offerte.emptyFields).toEqual([
      { field: 'Project.Name', empty: 3, of: 3 },
      { field: 'Record.Reminder', empty: 3, of: 3 },
    ]);
    expect(offerte.preview!.subject).toBe('uw offerte voor ');
  });

  it('mails each contact their own name and organisation, and nobody the sample’s data', async () => {
    const { app, smtp } = await officeWithSmtp();
    const targets = await contacts(app);
    const saved = (await app.dispatch('templates.save', { template })) as { id: string };
    const offerte = (await app.dispatch('mailings.send', { targets, templateId: 'tpl-offerte-aangevraagd' })) as {
      queued: number;
    };
    const news = (await app.dispatch('mailings.send', { targets, templateId: saved.id })) as { queued: number };
    expect([offerte.queued, news.queued]).toEqual([3, 3]);
    await app.outbox.drain();
    const received = smtp.received.map((m) => [(m.to as AddressObject).value[0]!.address, m.subject, m.text!.trim()]);
    expect(received.filter(([, subject]) => subject!.startsWith('Nieuws')).sort()).toEqual([
      ['fenna@dewit.example', 'Nieuws voor Fenna de Wit', 'Beste Fenna (Bakkerij de Korenaar),\nOver .'],
      ['gert@hoek.example', 'Nieuws voor Gert Bcc: x@evil.example Hoek', 'Beste (Holzwerkstatt Becker GmbH),\nOver .'],
      ['ilse@ros.example', 'Nieuws voor Ilse Ros', 'Beste (),\nOver .'],
    ]);
    const offers = smtp.received.filter((m) => m.subject!.startsWith('uw offerte'));
    expect(
      offers
        .map((m) => m.html)
        .every((html) => html && /Beste (Fenna de Wit|Gert\s+Bcc: x@evil.example Hoek|Ilse Ros),/.test(html)),
    ).toBe(true);
    // Nothing of the sample: its recipient, record or organisation.
    const all = JSON.stringify(smtp.received.map((m) => [m.subject, m.html, m.text]));
    for (const sample of ['Anna de Vries', 'Isolatie Zonnewijk', 'Piet Mulder', 'Adreswijziging'])
      expect(all).not.toContain(sample);
    // A name with a line break stays one header line.
    const gert = smtp.received.find((m) => (m.to as AddressObject).value[0]!.address === 'gert@hoek.example')!;
    expect((gert.to as AddressObject).value[0]!.name).toBe('Gert Bcc: x@evil.example Hoek');
    expect(gert.bcc).toBeUndefined();
  });

  it('lists a field that does not exist apart from the empty ones, and mails an organisation as one', async () => {
    const { app, smtp } = await officeWithSmtp();
    const targets = await contacts(app);
    const typo = {
      ...template,
      texts: { nl: { subject: 'Nieuws', html: '<p>Beste {{Contact.Nmae}}, {{Item.Subject}}</p>' } },
    };
    const saved = (await app.dispatch('templates.save', { template: typo })) as { id: string };
    const check = (await app.dispatch('mailings.check', { targets, templateId: saved.id })) as Check;
    expect([check.unknownFields, check.emptyFields]).toEqual([
      ['Contact.Nmae'],
      [{ field: 'Item.Subject', empty: 3, of: 3 }],
    ]);
    const bakkerij = [{ kind: 'organisations' as const, id: 'org-bakkerij' }];
    const org = (await app.dispatch('mailings.check', { targets: bakkerij, templateId: saved.id })) as Check;
    expect(org.recipients.map((r) => [r.kind, r.id, r.email])).toEqual([
      ['organisation', 'org-bakkerij', 'administratie@korenaar.example'],
    ]);
    await app.dispatch('mailings.send', { targets: bakkerij, templateId: saved.id, separately: true });
    await app.outbox.drain();
    const sent = (await app.dispatch('messages.list', { templateId: saved.id })) as OutboxMessage[];
    expect(sent.map((m) => [m.to.kind, m.to.id, m.status])).toEqual([['organisation', 'org-bakkerij', 'sent']]);
    expect(smtp.received.map((m) => (m.to as AddressObject).value[0]!.address)).toEqual([
      'administratie@korenaar.example',
    ]);
  });

  it('mails in the language the sender chose, and refuses one the template does not have', async () => {
    const { app, smtp } = await officeWithSmtp();
    const targets = await contacts(app);
    await app.dispatch('settings.update', { language: 'de' });
    const de = { subject: 'Neuigkeiten für {{Recipient.Name}}', html: '<p>Hallo {{Recipient.Name}}</p>' };
    const twoLanguages = { ...template, texts: { nl: template.texts.nl, de } };
    const saved = (await app.dispatch('templates.save', { template: twoLanguages })) as { id: string };
    const check = (await app.dispatch('mailings.check', { targets, templateId: saved.id, language: 'nl' })) as Check;
    expect([check.preview!.language, check.preview!.subject]).toEqual(['nl', 'Nieuws voor Fenna de Wit']);
    const english = { targets, templateId: saved.id, language: 'en' as const, separately: true };
    const refused = await app.dispatch('mailings.send', english).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'invalid_input', issues: [{ path: 'language' }] });
    expect((await app.dispatch('messages.list', {})) as OutboxMessage[]).toEqual([]);
    await app.dispatch('mailings.send', { ...english, language: 'nl' });
    await app.outbox.drain();
    expect(smtp.received.map((m) => m.subject).sort()).toEqual([
      'Nieuws voor Fenna de Wit',
      'Nieuws voor Gert Bcc: x@evil.example Hoek',
      'Nieuws voor Ilse Ros',
    ]);
  });

  it('refuses a mailing whose template goes over a limit, before anything is written', async () => {
    const { app } = await officeWithSmtp();
    const targets = await contacts(app);
    const heavy = { ...template, texts: { nl: { subject: 'x', html: '{{#each Recipient.Name}}{{/each}}' } } };
    const saved = (await app.dispatch('templates.save', { template: heavy })) as { id: string };
    await app.store.update((d) => {
      // A template saved before the limits existed: 30 blocks deep.
      d.templates.find((t) => t.id === saved.id)!.texts.nl!.html =
        `${'{{#if Recipient.Name}}'.repeat(30)}x${'{{/if}}'.repeat(30)}`;
    });
    const check = (await app.dispatch('mailings.check', { targets, templateId: saved.id })) as Check;
    expect(check.problems).toEqual([expect.objectContaining({ kind: 'limit', limit: 'nesting' })]);
    const refused = await app.dispatch('mailings.send', { targets, templateId: saved.id }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'template.texts.nl.html', message: 'blocks are nested more than 20 deep' }],
    });
    expect((await app.dispatch('messages.list', {})) as OutboxMessage[]).toEqual([]);
    expect(app.outbox.status().queued).toBe(0);
  });
});
