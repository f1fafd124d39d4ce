import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '@shared/api';
import type { CrmRecord, ItemRecord, MessageTemplate, OutboxMessage } from '@shared/model';
import sampleData from '../../resources/sample-data.json';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

// Due dates are shown in local time: Amsterdam is UTC+1 in November.
process.env.TZ = 'Europe/Amsterdam';

const tempDir = useTempDirs();
const apps = useTestApps();
type App = Awaited<ReturnType<typeof apps.open>>;
type Preview = ApiOutput<'templates.preview'>;
type Source = { itemId: string } | { recordId: string } | { recipient: { kind: 'contacts'; id: string } };

/** What the other application sent with the approval message (seed 002). */
const PAYLOAD = { soort: 'btw-aangifte', periode: '2026-Q3', regels: [{ rubriek: '1a', bedrag: 4250 }] };

/** The office's real data, made through the services as a user would: every field filled. */
async function office() {
  const app = await apps.open(tempDir());
  const call = <T>(method: string, input: object) => app.dispatch(method as never, input as never) as Promise<T>;
  const person = await call<{ id: string }>('directory.save', {
    kind: 'persons',
    entry: {
      firstName: 'Piet',
      lastName: 'Mulder',
      workEmail: 'p.mulder@werk.example',
      phone: '06 1234 5678',
      organisationId: 'org-bakkerij',
    },
  });
  const contact = await call<{ id: string }>('directory.save', {
    kind: 'contacts',
    entry: {
      name: 'Piet Mulder',
      email: 'piet@mulder.example',
      organisationId: 'org-bakkerij',
      personId: person.id,
      consentEmail: true,
    },
  });
  const create = (entity: string, title: string, fields: object) =>
    call<CrmRecord>('records.create', { entity, title, fields });
  const project = await create('project', 'Zonnewijk fase 2', {
    stage: 'Uitvoering',
    organisationId: 'org-bakkerij',
    responsible: 'user-bram',
  });
  const deal = await create('deal', 'Isolatie Zonnewijk 12', {
    stage: 'Feedback',
    status: 'Offertezoek - Offerte aangevraagd',
    value: 4250,
    organisationId: 'org-bakkerij',
    contact: contact.id,
    responsible: 'user-bram',
  });
  const quote = await create('quoteRequest', 'Offerte dakisolatie', {
    status: 'Offerte aangevraagd',
    contact: contact.id,
    dealId: deal.id,
    responsible: 'user-anna',
  });
  const task = await create('task', 'Piet terugbellen', {
    type: 'Bellen',
    status: 'Open',
    responsible: 'user-bram',
    contact: contact.id,
    dueDate: '2026-11-27T12:00:00.000Z',
    timeTracked: 1.5,
    timeTarget: 2,
    projectId: project.id,
    notes: 'Na 16:00 bellen',
  });
  const submit = async (itemTypeId: string, subject: string, fields: object) =>
    (await app.as('user-eva').dispatch('items.submit', { itemTypeId, subject, fields })) as ItemRecord;
  const mutatie = await submit('type-mutatie', 'Verhuizing naar Zeist', { soort: 'Adres', ingangsdatum: '2026-12-01' });
  // Reviewed, sent back with an external reaction, and back for review with an internal one.
  let aangifte = (await app.as('user-eva').dispatch('items.submit', {
    itemTypeId: 'type-accordering',
    subject: 'Btw-aangifte Q3',
    fields: { berichtsoort: 'btw-aangifte', instantie: 'Belastingdienst', klant: 'Bakkerij de Korenaar' },
    payload: PAYLOAD,
    submitterUserId: 'user-eva',
  })) as ItemRecord;
  await app.as('user-bram').dispatch('items.act', {
    itemId: aangifte.id,
    actionNodeId: 'a2',
    reaction: { text: 'Graag de juiste periode.', external: true },
  });
  aangifte = (await app.as('user-eva').dispatch('items.act', {
    itemId: aangifte.id,
    actionNodeId: 'a3',
    reaction: { text: 'Periode aangepast.', external: false },
  })) as ItemRecord;
  return { app, contact, records: { project, deal, quote, task }, items: { mutatie, aangifte } };
}

/** Between the fields of everyField's text: a payload spans lines. */
const SEPARATOR = '\n¦\n';

const preview = (
  app: App,
  template: Pick<MessageTemplate, 'texts'> & Partial<MessageTemplate>,
  source: Source,
  addressee: object = { type: 'users', userIds: ['user-anna'] },
) =>
  app.dispatch('templates.preview', {
    template: {
      id: 'probe',
      name: 'Probe',
      channel: 'email',
      audience: 'internal',
      attachments: [],
      generatedPdf: false,
      ...template,
    },
    addressee,
    ...source,
  }) as Promise<Preview>;

/** Every field the picker offers for a source, rendered from that source's real data (one per block of lines). */
async function everyField(app: App, source: Source): Promise<Map<string, string>> {
  const { fields } = await preview(app, { texts: { nl: { subject: '', html: '' } } }, source);
  const paths = fields.flatMap((g) => g.fields);
  const rendered = await preview(
    app,
    {
      texts: {
        nl: {
          subject: '',
          html: paths.map((p) => `<p>{{${p}}}</p>`).join('\n'),
          text: paths.map((p) => `{{${p}}}`).join(SEPARATOR),
        },
      },
    },
    source,
  );
  const lines = rendered.renders.nl!.text.split(SEPARATOR);
  return new Map(paths.map((p, i) => [p, lines[i]!]));
}
const emptyOnes = (values: Map<string, string>) => [...values].filter(([, v]) => v === '').map(([p]) => p);

describe('message data from the office’s real items and records', () => {
  it('fills every field the picker offers for a task record: due date, type, responsible, contact…', async () => {
    const { app, records } = await office();
    const values = await everyField(app, { recordId: records.task.id });
    expect(Object.fromEntries([...values].filter(([p]) => p.startsWith('Record.')))).toEqual({
      'Record.Name': 'Piet terugbellen',
      'Record.Subject': 'Piet terugbellen',
      'Record.Type': 'Bellen',
      'Record.Status': 'Open',
      'Record.Responsible': 'Bram Jansen',
      'Record.Contact': 'Piet Mulder',
      'Record.DueDate': '27 november 2026 om 13:00',
      'Record.TimeTracked': '1,5',
      'Record.TimeTarget': '2',
      'Record.Project': 'Zonnewijk fase 2',
      'Record.Notes': 'Na 16:00 bellen',
      'Record.Reminder': 'nee',
    });
    // A record on its own is at no task of a run: only the Task fields have no value.
    expect(emptyOnes(values)).toEqual([
      'Task.Title',
      'Task.Deadline',
      'Task.LastReaction',
      'Task.LastExternalReaction',
    ]);
    expect(values.get('Contact.Phone')).toBe('06 1234 5678');
    expect(values.get('Organisation.Name')).toBe('Bakkerij de Korenaar');
  });

  it('fills every field of deals, quote requests and projects, and of items with their own fields', async () => {
    const { app, records, items } = await office();
    const noTask = ['Task.Title', 'Task.Deadline', 'Task.LastReaction', 'Task.LastExternalReaction'];
    for (const record of [records.deal, records.quote, records.project])
      expect(emptyOnes(await everyField(app, { recordId: record.id }))).toEqual(noTask);
    const deal = await everyField(app, { recordId: records.deal.id });
    expect([deal.get('Record.Amount'), deal.get('Project.Stage'), deal.get('Record.Organisation')]).toEqual([
      '€\u00a04.250,00',
      'Feedback',
      'Bakkerij de Korenaar',
    ]);
    expect((await everyField(app, { recordId: records.quote.id })).get('Record.Deal')).toBe('Isolatie Zonnewijk 12');

    const aangifte = await everyField(app, { itemId: items.aangifte.id });
    expect(emptyOnes(aangifte)).toEqual([]);
    expect(
      Object.fromEntries([...aangifte].filter(([p]) => p.startsWith('Item.') || p.startsWith('Task.'))),
    ).toMatchObject({
      'Item.Subject': 'Btw-aangifte Q3',
      'Item.Payload': JSON.stringify(PAYLOAD, null, 2),
      'Item.Type': 'Accorderingsbericht (Profit)',
      'Item.berichtsoort': 'btw-aangifte',
      'Item.klant': 'Bakkerij de Korenaar',
      'Item.SubmittedAt': '23 november 2026 om 10:00',
      'Task.Title': 'Beoordelen aangifte klant',
      'Task.Deadline': '25 november 2026 om 10:00',
      'Task.LastReaction': 'Periode aangepast.',
      'Task.LastExternalReaction': 'Graag de juiste periode.',
    });
    const mutatie = await everyField(app, { itemId: items.mutatie.id });
    expect(mutatie.get('Item.ingangsdatum')).toBe('1 december 2026');
    // No status was set yet, its task has no deadline, and nobody reacted.
    expect(emptyOnes(mutatie)).toEqual([
      'Item.Status',
      'Task.Deadline',
      'Task.LastReaction',
      'Task.LastExternalReaction',
    ]);
  });

  it('offers {{Item.Payload}} for an approval message and keeps its layout in the text part', async () => {
    const { app, items } = await office();
    const html = '<p>Ter goedkeuring:</p><pre>{{Item.Payload}}</pre><p>Groet, {{Sender.Name}}</p>';
    const shown = await preview(
      app,
      { texts: { nl: { subject: '{{Item.Subject}}', html } } },
      { itemId: items.aangifte.id },
    );
    expect(shown.fields.find((g) => g.collection === 'Item')!.fields).toContain('Item.Payload');
    const nl = shown.renders.nl!;
    expect(nl.problems).toEqual([]);
    expect(nl.html).toContain(`<pre>${JSON.stringify(PAYLOAD, null, 2).replaceAll('"', '&quot;')}</pre>`);
    expect(nl.text).toContain(`Ter goedkeuring:\n\n${JSON.stringify(PAYLOAD, null, 2)}\n`);
    expect(nl.text).toContain('\n  "regels": [\n    {\n      "rubriek": "1a",');
  });

  it('writes a yes/no in the reader’s language and reports a helper used wrongly as a render problem', async () => {
    const { app, records } = await office();
    const task = { recordId: records.task.id };
    const texts = (html: string) => ({
      nl: { subject: 'x', html },
      en: { subject: 'x', html },
      de: { subject: 'x', html },
    });
    const reminder = await preview(app, { texts: texts('{{Record.Reminder}}{{#if Record.Reminder}}!{{/if}}') }, task);
    expect([reminder.renders.nl!.html, reminder.renders.en!.html, reminder.renders.de!.html]).toEqual([
      'nee',
      'no',
      'nein',
    ]);
    const noValue = await preview(app, { texts: { nl: { subject: 'x', html: 'Beste {{default}},' } } }, task);
    expect(noValue.renders.nl!.problems).toEqual([
      {
        kind: 'render',
        part: 'html',
        reason: 'arguments',
        helper: 'default',
        message: 'default is used with the wrong number of values; write it as {{default Contact.FirstName "…"}}',
      },
    ]);
    expect(noValue.renders.nl!.html).toBe('');
    const html = 'Besteed: {{formatNumber Record.TimeTracked 1000000000}} uur';
    const decimals = await preview(app, { texts: { nl: { subject: 'x', html } } }, task);
    expect(decimals.renders.nl!.problems).toEqual([
      expect.objectContaining({ kind: 'render', reason: 'decimals', helper: 'formatNumber', value: '1000000000' }),
    ]);
    expect(decimals.renders.nl!.problems[0]!.message).toBe('formatNumber writes 0 to 20 decimals, not 1000000000');
  });

  it('renders every sample template from the real data it is used with, with no field left empty', async () => {
    const { app, contact, records, items } = await office();
    // Each sample template with the real source and addressee it goes out with (resources/sample-data.json).
    const item = (id: string, addressee: object) => ({ source: { itemId: id }, addressee });
    const record = (id: string, addressee: object) => ({ source: { recordId: id }, addressee });
    const responsible = { type: 'userField', field: 'responsible' };
    const contactOf = { type: 'contactField', field: 'contact' };
    const uses: Record<string, { source: Source; addressee: object }> = {
      'tpl-instuurder': item(items.mutatie.id, { type: 'submitter' }),
      'tpl-beoordelen': item(items.aangifte.id, { type: 'taskUsers' }),
      'tpl-afgekeurd': item(items.aangifte.id, { type: 'submitter' }),
      'tpl-bellen-nieuw': record(records.task.id, responsible),
      'tpl-bellen-verlopen': record(records.task.id, responsible),
      'tpl-bellen-afgehandeld': record(records.task.id, contactOf),
      'tpl-deal-feedback': record(records.deal.id, { type: 'role', roleId: 'role-reviewers' }),
      'tpl-offerte-aangevraagd': record(records.deal.id, contactOf),
    };
    expect(Object.keys(uses).sort()).toEqual(sampleData.templates.map((t) => t.id).sort());
    const templates = (await app.dispatch('templates.list', {})) as MessageTemplate[];
    for (const template of templates.filter((t) => t.id in uses)) {
      const { source, addressee } = uses[template.id]!;
      const shown = await preview(app, template, source, addressee);
      for (const [language, r] of Object.entries(shown.renders)) {
        expect({ template: template.id, language, problems: r!.problems }).toEqual({
          template: template.id,
          language,
          problems: [],
        });
      }
    }
    const bellen = await preview(
      app,
      templates.find((t) => t.id === 'tpl-bellen-nieuw')!,
      uses['tpl-bellen-nieuw']!.source,
    );
    expect(bellen.renders.nl!.html).toContain(
      '<strong>Piet terugbellen</strong>, uiterlijk 27 november 2026 om 13:00.',
    );
    expect(bellen.renders.de!.html).toContain('fällig am 27. November 2026 um 13:00.');
    const offerte = await preview(
      app,
      templates.find((t) => t.id === 'tpl-offerte-aangevraagd')!,
      uses['tpl-offerte-aangevraagd']!.source,
      { type: 'contactField', field: 'contact' },
    );
    expect([offerte.renders.nl!.subject, offerte.recipients.map((r) => r.id)]).toEqual([
      'uw offerte voor Isolatie Zonnewijk 12',
      [contact.id],
    ]);
  });

  it('mails the Bellen task’s responsible with the real due date when it is created (the runtime)', async () => {
    const { app, records } = await office();
    const sent = (await app.dispatch('messages.list', {
      templateId: 'tpl-bellen-nieuw',
      limit: 10,
    })) as OutboxMessage[];
    expect(sent.map((m) => [m.to.name, m.subject])).toEqual([['Bram Jansen', `Nieuwe beltaak: ${records.task.title}`]]);
    expect(sent[0]!.html).toContain('uiterlijk 27 november 2026 om 13:00.');
    expect(sent[0]!.html).not.toContain('Zonnewijk 12');
  });

  it('lists in the schedule the subject each coming message will have, from the record (a reminder too)', async () => {
    const { app, records } = await office();
    await app.dispatch('records.update', { id: records.deal.id, fields: { status: 'Bezoek - Afspraak gemaakt' } });
    await app.dispatch('records.update', {
      id: records.deal.id,
      fields: { status: 'Offertezoek - Offerte aangevraagd' },
    });
    const until = new Date(Date.parse('2026-11-23T09:00:00.000Z') + 30 * 86_400_000).toISOString();
    const schedule = (await app.dispatch('schedule.list', { until })) as ApiOutput<'schedule.list'>;
    const offerte = schedule.filter((e) => e.workflowId === 'wf-kans-offerte');
    expect(offerte.map((e) => [e.kind, e.messages.map((m) => [m.subject, m.to.map((r) => r.name)])])).toEqual([
      ['delayed', [['uw offerte voor Isolatie Zonnewijk 12', ['Piet Mulder']]]],
      ['reminder', [['Herinnering: uw offerte voor Isolatie Zonnewijk 12', ['Piet Mulder']]]],
    ]);
  });
});
