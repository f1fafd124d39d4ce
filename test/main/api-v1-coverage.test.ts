import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemRecord } from '@shared/model';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { vatReturn } from '../helpers/items';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
let api: ApiTestHost;

beforeAll(async () => {
  api = await startApiTestHost(tempDir('api-v1-coverage'), tempDir('renderer'));
});
afterAll(() => api.close());

const issuePaths = (reply: { json(): { error: { issues: { path: string }[] } } }) =>
  reply.json().error.issues.map((i) => i.path);

describe('API v1 coverage: settings', () => {
  it('reads the settings without the SMTP password and changes only what PATCH names', async () => {
    await api.app.dispatch('mail.saveSettings', {
      smtp: { host: 'smtp.elders.example', port: 587, secure: false, user: 'kantoor', password: 'geheim-wachtwoord' },
      senders: [{ name: 'Kantoor', email: 'kantoor@elders.example' }],
    });
    const read = await api.call('GET', '/settings');
    expect(read.status, read.text).toBe(200);
    expect(read.json().smtp).toMatchObject({ host: 'smtp.elders.example', user: 'kantoor' });
    expect(read.text).not.toContain('geheim-wachtwoord');

    const changed = await api.call('PATCH', '/settings', { body: { theme: 'dark' } });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.json()).toMatchObject({ theme: 'dark', language: read.json().language });
    expect(changed.text).not.toContain('geheim-wachtwoord');

    const bad = await api.call('PATCH', '/settings', { body: { theme: 'paars' } });
    expect(bad.status).toBe(422);
    expect(issuePaths(bad)).toEqual(['body.theme']);
    expect(api.app.store.data.settings.theme).toBe('dark');
  });
});

describe('API v1 coverage: office calendar and the replies mailbox', () => {
  it('reads and replaces the office calendar, refusing a bad one with nothing changed; lists a region’s holidays', async () => {
    const read = await api.call('GET', '/settings/office-calendar');
    expect(read.status, read.text).toBe(200);
    const settings = read.json().settings;
    const bad = await api.call('PUT', '/settings/office-calendar', { body: { ...settings, country: 'DE' } });
    expect(bad.status).toBe(422);
    expect(issuePaths(bad)).toEqual(['body.region']);
    expect(api.app.store.data.settings.officeCalendar?.country ?? 'NL').toBe(settings.country);
    const bavaria = { ...settings, country: 'DE', region: 'BY', workingDays: [1, 2, 3, 4] };
    const put = await api.call('PUT', '/settings/office-calendar', { body: bavaria });
    expect(put.status, put.text).toBe(200);
    expect(put.json().settings).toMatchObject({ country: 'DE', region: 'BY', workingDays: [1, 2, 3, 4] });
    expect((await api.call('GET', '/settings/office-calendar')).json().settings.region).toBe('BY');
    const events = await api.call('GET', '/audit-events?action=settingsChanged&from=2020-01-01&to=2099-12-31');
    const saved = events
      .json()
      .data.find((e: { details?: { subject?: string } }) => e.details?.subject === 'officeCalendar');
    expect(saved.details).toMatchObject({
      workingDays: '1,2,3,4',
      holidaysOf: 'DE-BY',
      openingHours: `${settings.hours.start}–${settings.hours.end}`,
      partTimers: 0,
    });
    expect(
      events.json().data.filter((e: { details?: { subject?: string } }) => e.details?.subject === 'officeCalendar'),
    ).toHaveLength(1);
    const holidays = await api.call('GET', '/settings/office-calendar/holidays?country=DE&region=BY&limit=50');
    expect(holidays.status, holidays.text).toBe(200);
    const names: string[] = holidays.json().data.map((d: { name: string }) => d.name);
    // In the app's language (Dutch here): Fronleichnam is Sacramentsdag.
    expect(names).toContain('Sacramentsdag');
  });

  it('sets the replies mailbox without ever answering its password, tests a closed port with a reason, lists what was not understood', async () => {
    const imap = {
      host: '127.0.0.1',
      port: 1,
      secure: false,
      user: 'antwoorden',
      password: 'imap-geheim-123',
      folder: 'INBOX',
      address: 'antwoorden@kantoor.example',
    };
    const put = await api.call('PUT', '/settings/replies', { body: { imap } });
    expect(put.status, put.text).toBe(200);
    expect(put.json().imap).toMatchObject({ host: '127.0.0.1', hasPassword: true });
    const read = await api.call('GET', '/settings/replies');
    expect(read.text).not.toContain('imap-geheim-123');
    expect(read.json().imap.hasPassword).toBe(true);
    const test = await api.call('POST', '/settings/replies/connection-tests', { body: { imap } });
    expect(test.status).toBe(409);
    expect(test.json().error.message).toMatch(/could not be reached/);
    const list = await api.call('GET', '/replies/not-understood');
    expect(list.status, list.text).toBe(200);
    expect(list.json()).toEqual({ data: [], next: null });
    const off = await api.call('PUT', '/settings/replies', { body: { imap: null } });
    expect(off.json()).toEqual({});
    expect(api.app.store.data.settings.imap).toBeUndefined();
  });
});

describe('API v1 coverage: templates', () => {
  it('creates (201), replaces, previews a saved template with a real record, and deletes it', async () => {
    const template = (await api.call('GET', '/templates/tpl-instuurder')).json();
    const { id: _id, ...fields } = template;
    const created = await api.call('POST', '/templates', { body: { ...fields, name: 'Bevestiging offerte' } });
    expect(created.status, created.text).toBe(201);
    const id = created.json().id as string;
    expect((await api.call('GET', `/templates/${id}`)).json()).toEqual(created.json());

    const texts = { ...fields.texts, nl: { ...fields.texts.nl, subject: 'Offerte {{Record.Subject}}' } };
    const replaced = await api.call('PUT', `/templates/${id}`, { body: { ...fields, name: 'Bevestiging', texts } });
    expect(replaced.status, replaced.text).toBe(200);
    expect((await api.call('GET', `/templates/${id}`)).json().name).toBe('Bevestiging');

    const preview = await api.call('POST', `/templates/${id}/preview`, { body: { recordId: 'rec-deal-zonnewijk' } });
    expect(preview.status, preview.text).toBe(200);
    const title = ((await api.app.dispatch('records.get', { id: 'rec-deal-zonnewijk' })) as { title: string }).title;
    expect(preview.json()).toMatchObject({ sample: false, renders: { nl: { subject: `Offerte ${title}` } } });
    expect((await api.call('POST', '/templates/tpl-nope/preview', { body: {} })).status).toBe(404);

    expect((await api.call('PUT', '/templates/tpl-nope', { body: fields })).status).toBe(404);
    const inUse = await api.call('DELETE', '/templates/tpl-instuurder');
    expect(inUse.status).toBe(409);
    expect(api.app.store.data.templates.some((t) => t.id === 'tpl-instuurder')).toBe(true);
    expect((await api.call('DELETE', `/templates/${id}`)).status).toBe(200);
    expect((await api.call('GET', `/templates/${id}`)).status).toBe(404);
  });
});

describe('API v1 coverage: item types', () => {
  it('creates (201), reads with its fields, replaces and deletes an item type; one in use stays', async () => {
    const body = {
      name: 'Verlofaanvraag',
      fields: [{ key: 'soort', type: 'choice', label: 'Soort', required: true, options: ['Vakantie', 'Bijzonder'] }],
    };
    const created = await api.call('POST', '/item-types', { body });
    expect(created.status, created.text).toBe(201);
    const id = created.json().id as string;
    expect((await api.call('GET', `/item-types/${id}`)).json()).toEqual(created.json());
    const fields = await api.call('GET', `/item-types/${id}/fields`);
    const soort = { key: 'soort', type: 'choice', required: true, options: ['Vakantie', 'Bijzonder'] };
    expect(fields.json().data).toMatchObject([soort]);

    const replaced = await api.call('PUT', `/item-types/${id}`, { body: { ...body, name: 'Verlof' } });
    expect(replaced.status, replaced.text).toBe(200);
    expect((await api.call('GET', `/item-types/${id}`)).json().name).toBe('Verlof');

    const inUse = await api.call('DELETE', '/item-types/type-accordering');
    expect(inUse.status).toBe(409);
    expect((await api.call('GET', '/item-types/type-accordering')).status).toBe(200);
    expect((await api.call('DELETE', `/item-types/${id}`)).status).toBe(200);
    expect((await api.call('GET', `/item-types/${id}`)).status).toBe(404);
  });
});

describe('API v1 coverage: items, for a task user and the task manager', () => {
  it('changes an item’s fields as a task user; reassigns, moves and cancels it as the task manager', async () => {
    const submitted = await api.call('POST', '/items', { body: vatReturn('Btw Q3 Bakkerij') });
    expect(submitted.status, submitted.text).toBe(201);
    const item = submitted.json() as ItemRecord;

    const asStaff = await api.call('PATCH', `/items/${item.id}/fields`, { actAs: 'user-dirk', body: { klant: 'X' } });
    expect(asStaff.status).toBe(403);
    const task = 't1'; // the approval workflow's first task: Beoordelen aangifte klant
    const reassigned = await api.call('POST', `/items/${item.id}/reassign`, {
      actAs: 'user-anna',
      body: { taskNodeId: task, userIds: ['user-dirk'] },
    });
    expect(reassigned.status, reassigned.text).toBe(200);
    const changed = await api.call('PATCH', `/items/${item.id}/fields`, {
      actAs: 'user-dirk',
      body: { klant: 'Bakkerij Jansen' },
    });
    expect(changed.status, changed.text).toBe(200);
    expect((await api.call('GET', `/items/${item.id}/fields`)).json()).toMatchObject({ klant: 'Bakkerij Jansen' });

    const notManager = await api.call('POST', `/items/${item.id}/cancel`, { actAs: 'user-dirk', body: {} });
    expect(notManager.status).toBe(403);
    const moved = await api.call('POST', `/items/${item.id}/move`, { actAs: 'user-anna', body: { taskNodeId: 't2' } });
    expect(moved.status, moved.text).toBe(200);
    const cancel = { actAs: 'user-anna', body: { reason: 'Dubbel' } };
    const cancelled = await api.call('POST', `/items/${item.id}/cancel`, cancel);
    expect(cancelled.status, cancelled.text).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
  });
});

describe('API v1 coverage: records, field specs, mailings, the directory per kind', () => {
  it('deletes a record nothing refers to; refuses (409, nothing deleted) one another record refers to', async () => {
    const refused = await api.call('DELETE', '/records/rec-deal-zonnewijk');
    expect(refused.status).toBe(409);
    expect(refused.json().error.message).toContain('quoteRequest');
    expect((await api.call('GET', '/records/rec-deal-zonnewijk')).status).toBe(200);

    const deal = { entity: 'deal', title: 'Losse deal', fields: { stage: 'Lead' } };
    const created = (await api.call('POST', '/records', { body: deal })).json();
    expect((await api.call('DELETE', `/records/${created.id}`)).status).toBe(200);
    expect((await api.call('GET', `/records/${created.id}`)).status).toBe(404);
    expect((await api.call('DELETE', `/records/${created.id}`)).status).toBe(404);
  });

  it('refuses to delete a record a waiting timer refers to, naming it; the record and its timer stay', async () => {
    const fields = {
      type: 'Bellen',
      status: 'Open',
      responsible: 'user-anna',
      contact: 'contact-sanne',
      dueDate: '2026-11-30T09:00:00.000Z',
    };
    const body = { entity: 'task', title: 'Sanne terugbellen', fields };
    const task = (await api.call('POST', '/records', { body })).json();
    const schedule = (await api.call('GET', '/schedule?until=2027-01-01T00:00:00.000Z')).text;
    expect(schedule, 'a record trigger armed a timer for the new task').toContain(task.id);
    const refused = await api.call('DELETE', `/records/${task.id}`);
    expect(refused.status, refused.text).toBe(409);
    expect(refused.json().error.message).toContain('a timer of workflow');
    expect((await api.call('GET', `/records/${task.id}`)).status).toBe(200);
    expect((await api.call('GET', '/schedule?until=2027-01-01T00:00:00.000Z')).text).toContain(task.id);
  });

  it('lists the fields of each record entity with their choice values', async () => {
    const specs = await api.call('GET', '/field-specs?entity=deal');
    expect(specs.status).toBe(200);
    const stage = specs.json().data.find((s: { key: string }) => s.key === 'stage');
    const options = expect.arrayContaining(['Lead', 'Offerte']);
    expect(stage).toMatchObject({ entity: 'deal', kind: 'choice', options });
    expect(specs.json().data.every((s: { entity: string }) => s.entity === 'deal')).toBe(true);
    expect((await api.call('GET', '/field-specs?entity=planeet')).status).toBe(422);
  });

  it('lists mailings with their progress, and one kind of the directory', async () => {
    const sent = await api.call('POST', '/mailings', {
      body: { targets: [{ kind: 'organisations', id: 'org-buurt' }], templateId: 'tpl-instuurder' },
    });
    const listed = await api.call('GET', '/mailings');
    expect(listed.status).toBe(200);
    if (sent.status === 201) expect(listed.json().data.map((m: { id: string }) => m.id)).toContain(sent.json().id);
    expect(listed.json().data.every((m: { progress?: object }) => m.progress)).toBe(true);

    const users = await api.call('GET', '/directory/users');
    expect(users.status).toBe(200);
    expect(users.json().data).toEqual(api.app.store.data.directory.users);
  });
});

describe('API v1 coverage: the audit trail', () => {
  it('lists audit events filtered by action and date; a bad filter is 422', async () => {
    await api.call('PATCH', '/settings', { body: { language: 'de' } });
    const events = await api.call('GET', '/audit-events?action=settingsChanged&from=2020-01-01&to=2099-12-31');
    expect(events.status, events.text).toBe(200);
    expect(events.json().data.length).toBeGreaterThan(0);
    expect(events.json().data.every((e: { action: string }) => e.action === 'settingsChanged')).toBe(true);
    const none = await api.call('GET', '/audit-events?action=settingsChanged&from=2020-01-01&to=2020-01-02');
    expect(none.json().data).toEqual([]);
    const bad = await api.call('GET', '/audit-events?from=2026-12-01&to=2020-01-01');
    expect(bad.status).toBe(422);
    expect(issuePaths(bad)).toEqual(['query.to']);
  });
});
