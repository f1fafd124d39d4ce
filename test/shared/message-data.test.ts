import { describe, expect, it } from 'vitest';
import { knownFields, messageData, pickerFields, renderJsonTemplate, renderTemplate, shapeOf } from '@shared/messages';
import type { DataContext } from '@shared/messages';
import type { CrmRecord, Directory } from '@shared/model';

// Due dates are written in local time: Amsterdam is UTC+1 in November.
process.env.TZ = 'Europe/Amsterdam';

const directory: Directory = {
  users: [{ id: 'u-bram', name: 'Bram Jansen', email: 'bram@x.example', external: false, admin: false, roleIds: [] }],
  persons: [{ id: 'p-piet', firstName: 'Piet', lastName: 'Mulder', workEmail: 'piet@werk.example', phone: '06 1' }],
  employees: [],
  organisations: [{ id: 'o-bakker', name: 'Bakkerij de Korenaar', email: 'info@korenaar.example', city: 'Amersfoort' }],
  contacts: [
    {
      id: 'c-piet',
      name: 'Piet Mulder',
      email: 'piet@mulder.example',
      organisationId: 'o-bakker',
      personId: 'p-piet',
      consentEmail: true,
    },
  ],
  roles: [],
};
const at = '2026-11-20T08:00:00.000Z';
const project: CrmRecord = {
  id: 'r-project',
  entity: 'project',
  title: 'Zonnewijk fase 2',
  fields: { stage: 'Uitvoering', organisationId: 'o-bakker', responsible: 'u-bram' },
  createdAt: at,
  updatedAt: at,
};
const task: CrmRecord = {
  id: 'r-task',
  entity: 'task',
  title: 'Piet terugbellen',
  fields: {
    type: 'Bellen',
    status: 'Open',
    responsible: 'u-bram',
    contact: 'c-piet',
    dueDate: '2026-11-27T12:00:00.000Z',
    timeTracked: 1.5,
    timeTarget: 2,
    projectId: 'r-project',
    notes: 'Na 16:00',
  },
  createdAt: at,
  updatedAt: at,
};
const deal: CrmRecord = {
  id: 'r-deal',
  entity: 'deal',
  title: 'Isolatie Zonnewijk 12',
  fields: { stage: 'Offerte', value: 4250, contact: 'c-piet', responsible: 'u-bram' },
  createdAt: at,
  updatedAt: at,
};
const records = new Map([project, task, deal].map((r) => [r.id, r]));
const ctx: DataContext = { directory, itemTypes: [], recordOf: (id) => records.get(id) };
const tpl = (html: string) => ({
  texts: { nl: { subject: '', html }, en: { subject: '', html }, de: { subject: '', html } },
});

describe('message data from a record', () => {
  it('fills Record from the field specs: people and linked records by name, dates and amounts per language', () => {
    const data = messageData({ kind: 'record', record: task }, ctx, { language: 'nl' });
    const fields = ['Record.Name', 'Record.Type', 'Record.Status', 'Record.Responsible', 'Record.Contact'];
    const more = ['Record.DueDate', 'Record.Project', 'Record.TimeTracked', 'Organisation.Name', 'Contact.FirstName'];
    const source = [...fields, ...more].map((f) => `{{${f}}}`).join('|');
    expect(renderTemplate(tpl(source), 'nl', data, null).html.split('|')).toEqual([
      ...['Piet terugbellen', 'Bellen', 'Open', 'Bram Jansen', 'Piet Mulder', '27 november 2026 om 13:00'],
      ...['Zonnewijk fase 2', '1,5', 'Bakkerij de Korenaar', 'Piet'],
    ]);
    const de = messageData({ kind: 'record', record: deal }, ctx, { language: 'de' });
    expect(renderTemplate(tpl('{{Project.Name}}: {{Record.Amount}}, {{Record.Stage}}'), 'de', de, null).html).toBe(
      'Isolatie Zonnewijk 12: 4.250,00\u00a0€, Offerte',
    );
  });

  it('keeps formatDate and formatNumber working on those fields, and eq and default reading the value', () => {
    const data = messageData({ kind: 'record', record: deal }, ctx, { language: 'nl' });
    const taskData = messageData({ kind: 'record', record: task }, ctx, { language: 'en' });
    expect(
      renderTemplate(
        tpl('{{formatNumber Record.Amount 2}}|{{#if (eq Record.Amount 4250)}}ja{{/if}}|{{default Record.Amount "-"}}'),
        'nl',
        data,
        null,
      ).html,
    ).toBe('4.250,00|ja|€\u00a04.250,00');
    expect(
      renderTemplate(
        tpl('{{formatDate Record.DueDate "short"}}|{{formatDate Record.DueDate}}|{{Record.DueDate}}'),
        'en',
        taskData,
        null,
      ).html,
    ).toBe('27/11/2026|27 Nov 2026|27 November 2026 at 13:00');
  });

  it('writes dates and numbers into webhook JSON as the values they stand for', () => {
    const data = messageData({ kind: 'record', record: deal }, ctx, { language: 'nl' });
    const body = renderJsonTemplate(
      '{"deal": "{{Record.Name}}", "bedrag": {{Record.Amount}}, "wie": "{{Record.Responsible}}"}',
      data,
      'nl',
    );
    expect(body.problems).toEqual([]);
    expect(JSON.parse(body.text)).toEqual({ deal: 'Isolatie Zonnewijk 12', bedrag: 4250, wie: 'Bram Jansen' });
    const taskBody = renderJsonTemplate(
      '{"due": "{{Record.DueDate}}"}',
      messageData({ kind: 'record', record: task }, ctx, { language: 'nl' }),
      'nl',
    );
    expect(JSON.parse(taskBody.text)).toEqual({ due: '2026-11-27T12:00:00.000Z' });
  });

  it('offers for each source exactly the collections it can fill', () => {
    const groups = (shape: Parameters<typeof pickerFields>[0]) => pickerFields(shape).map((g) => g.collection);
    expect(groups({ kind: 'mailing' })).toEqual(['Recipient', 'Contact', 'Organisation', 'Sender']);
    expect(groups({ kind: 'record', entity: 'project' })).toEqual([
      'Record',
      'Project',
      'Recipient',
      'Task',
      'Sender',
      'Organisation',
    ]);
    expect(pickerFields({ kind: 'record', entity: 'task' })[0]!.fields).toEqual([
      'Record.Name',
      'Record.Subject',
      'Record.Type',
      'Record.Status',
      'Record.Responsible',
      'Record.Contact',
      'Record.DueDate',
      'Record.TimeTracked',
      'Record.TimeTarget',
      'Record.Project',
      'Record.Notes',
      'Record.Reminder',
    ]);
    const itemType = {
      id: 't',
      name: 'Mutatie',
      confidential: false,
      requiredActions: [],
      fields: [{ key: 'soort', label: 'Soort', type: 'text' as const, required: false }],
    };
    expect(knownFields({ kind: 'item', itemType })).toContain('Item.soort');
    expect(knownFields({ kind: 'item', itemType })).not.toContain('Record.DueDate');
    expect(shapeOf({ kind: 'recipient', target: { kind: 'contacts', id: 'c-piet' } }, ctx)).toEqual({
      kind: 'mailing',
    });
  });

  it('gives a mailing recipient their own contact and organisation, and nothing a mailing cannot have', () => {
    const reader = {
      language: 'nl' as const,
      recipient: { name: 'Piet Mulder', email: 'piet@mulder.example', external: true },
    };
    const data = messageData({ kind: 'recipient', target: { kind: 'contacts', id: 'c-piet' } }, ctx, reader);
    const r = renderTemplate(
      tpl('{{Recipient.Name}}|{{Contact.Phone}}|{{Organisation.City}}|{{Item.Subject}}|{{Record.Name}}'),
      'nl',
      data,
      knownFields({ kind: 'mailing' }),
    );
    expect(r.html).toBe('Piet Mulder|06 1|Amersfoort||');
    expect(r.problems.map((p) => [p.kind, p.field])).toEqual([
      ['unknownField', 'Item.Subject'],
      ['unknownField', 'Record.Name'],
    ]);
  });
});
