import { describe, expect, it } from 'vitest';
import type { CrmRecord, ItemRecord, MessageTemplate, OutboxMessage } from '@shared/model';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

// Due dates are shown in local time: Amsterdam is UTC+1 in November.
process.env.TZ = 'Europe/Amsterdam';

const tempDir = useTempDirs();
const apps = useTestApps();
const nestedIfs = (n: number) => `${'{{#if Item.Subject}}'.repeat(n)}diep${'{{/if}}'.repeat(n)}`;
const templateOf = (app: Awaited<ReturnType<typeof apps.open>>, id: string) =>
  app.store.data.templates.find((t) => t.id === id)!;

describe('send one example to me', () => {
  it('sends the copy of the real item chosen in the preview, to the sender’s address only', async () => {
    const app = await apps.open(tempDir());
    const item = (await app.as('user-eva').dispatch('items.submit', {
      itemTypeId: 'type-mutatie',
      subject: 'Verhuizing naar Zeist',
      fields: { soort: 'Adres', ingangsdatum: '2026-12-01' },
      submitterUserId: 'user-eva',
    })) as ItemRecord;
    const template = templateOf(app, 'tpl-instuurder');
    const message = (await app.dispatch('templates.sendExample', {
      template,
      language: 'nl',
      itemId: item.id,
      addressee: { type: 'submitter' },
      senderId: 'sender-salaris',
    })) as OutboxMessage;
    expect(message).toMatchObject({
      to: { kind: 'address', email: 'salaris@stroomlijn.example' },
      from: { email: 'salaris@stroomlijn.example' },
      subject: 'Je mutatie “Verhuizing naar Zeist” is ontvangen',
      source: { kind: 'example', templateId: 'tpl-instuurder', itemId: item.id },
    });
    expect(message.html).toContain('<p>Beste Eva Smit (portal),</p>');
    expect(message.html).toContain('Salarisadministratie');
  });

  it('sends a record template’s copy with the chosen record’s fields', async () => {
    const app = await apps.open(tempDir());
    const task = (await app.dispatch('records.create', {
      entity: 'task',
      title: 'Henk bellen',
      fields: { type: 'Bellen', status: 'Open', responsible: 'user-bram', dueDate: '2026-12-02T08:30:00.000Z' },
    })) as CrmRecord;
    const template = templateOf(app, 'tpl-bellen-nieuw');
    const message = (await app.dispatch('templates.sendExample', {
      template,
      language: 'nl',
      recordId: task.id,
    })) as OutboxMessage;
    expect([message.to.email, message.subject]).toEqual(['info@stroomlijn.example', 'Nieuwe beltaak: Henk bellen']);
    expect(message.html).toContain('uiterlijk 2 december 2026 om 09:30.');
  });

  it('refuses an example of a template that goes over a limit, and one with two sources', async () => {
    const app = await apps.open(tempDir());
    const template: MessageTemplate = {
      ...templateOf(app, 'tpl-instuurder'),
      texts: { nl: { subject: 'x', html: nestedIfs(30) } },
    };
    await expect(app.dispatch('templates.sendExample', { template, language: 'nl' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    const two = app.dispatch('templates.sendExample', {
      template: templateOf(app, 'tpl-instuurder'),
      language: 'nl',
      itemId: 'a',
      recordId: 'b',
    });
    await expect(two).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'itemId' }, { path: 'recordId' }],
    });
    expect(await app.dispatch('messages.list', {})).toEqual([]);
  });
});

describe('template limits where templates are saved and used', () => {
  it('refuses to save a template with 5,000 nested {{#if}}, saying why and where; nothing is saved', async () => {
    const app = await apps.open(tempDir());
    const before = JSON.stringify(app.store.data.templates);
    const template = {
      ...templateOf(app, 'tpl-instuurder'),
      texts: { nl: { subject: 'Hallo', html: nestedIfs(5000) }, en: { subject: nestedIfs(21), html: '' } },
    };
    const refused = await app.dispatch('templates.save', { template }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'invalid_input',
      issues: [
        { path: 'template.texts.nl.html', message: 'blocks are nested more than 20 deep' },
        { path: 'template.texts.en.subject', message: 'blocks are nested more than 20 deep' },
      ],
    });
    expect(JSON.stringify(app.store.data.templates)).toBe(before);
    // The preview says the same, at once.
    const preview = (await app.dispatch('templates.preview', { template })) as {
      renders: Record<string, { problems: object[] }>;
    };
    expect(preview.renders.nl!.problems).toEqual([
      expect.objectContaining({ kind: 'limit', limit: 'nesting', max: 20 }),
    ]);
  });

  it('records "message not sent: …" when a stored template goes over a limit, and the item goes on', async () => {
    const app = await apps.open(tempDir());
    // A template from before the limits: the runtime meets it when the item is submitted.
    await app.store.update(
      (d) => void (d.templates.find((t) => t.id === 'tpl-instuurder')!.texts.nl!.html = nestedIfs(5000)),
    );
    const item = (await app.as('user-eva').dispatch('items.submit', {
      itemTypeId: 'type-mutatie',
      subject: 'Verhuizing',
      fields: { soort: 'Adres', ingangsdatum: '2026-12-01' },
      submitterUserId: 'user-eva',
    })) as ItemRecord;
    const read = (await app.dispatch('items.get', { id: item.id })) as ItemRecord;
    expect(read.history.filter((h) => h.kind === 'error').map((h) => h.detail)).toEqual([
      'message not sent: template “Instuurder” (nl): blocks are nested more than 20 deep',
    ]);
    expect(read.status).toBe('running');
    expect(await app.dispatch('messages.list', { templateId: 'tpl-instuurder' })).toEqual([]);
  });
});
