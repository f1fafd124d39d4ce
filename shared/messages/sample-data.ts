import type { Language } from '../model/common';
import type { FieldDef, ItemType } from '../model/item-type';
import { templateValue, type ValueKind } from './field-value';
import { carriesPayload } from './fields';
import type { MessageData } from './render';

/** The example sender, organisation and contact of a Dutch office, shared by the Dutch and English samples. */
const dutchCompany = {
  Sender: { Name: 'Stroomlijn Advies', Email: 'info@stroomlijn.example' },
  Organisation: { Name: 'Bakkerij de Korenaar', Email: 'administratie@korenaar.example', City: 'Amersfoort' },
  Contact: {
    Name: 'Piet Mulder',
    FirstName: 'Piet',
    LastName: 'Mulder',
    Email: 'piet@mulder.example',
    Phone: '06 1234 5678',
  },
};

const samples: Record<Language, MessageData> = {
  nl: {
    Item: {
      Subject: 'Adreswijziging per 1 december',
      Number: 'D-2026-0142',
      Status: 'In behandeling',
      Type: 'Medewerkermutatie',
      SubmittedAt: '2026-11-23T09:15:00Z',
    },
    Submitter: { Name: 'Eva Smit', Email: 'eva@korenaar.example' },
    Recipient: { Name: 'Anna de Vries', Email: 'a.devries@stroomlijn.example' },
    Task: {
      Title: 'Beoordelen aangifte klant',
      Deadline: '2026-11-25T17:00:00Z',
      LastReaction: 'Intern: bedragen gecontroleerd.',
      LastExternalReaction: 'Graag de bijlage met de juiste periode.',
    },
    Record: {
      Name: 'Isolatie Zonnewijk 12',
      Subject: 'Terugbellen over offerte',
      Status: 'Offerte aangevraagd',
      Stage: 'Feedback',
      Type: 'Bellen',
      DueDate: '2026-11-27T12:00:00Z',
      Responsible: 'Bram Jansen',
      Contact: 'Piet Mulder',
      Amount: 4250,
      Organisation: 'Bakkerij de Korenaar',
      Deal: 'Isolatie Zonnewijk 12',
      Project: 'Zonnewijk fase 2',
      TimeTracked: 1.5,
      TimeTarget: 2,
      Notes: 'Bellen na 16:00.',
    },
    ...dutchCompany,
  },
  en: {
    Item: {
      Subject: 'Change of address from 1 December',
      Number: 'D-2026-0142',
      Status: 'In progress',
      Type: 'Employee change',
      SubmittedAt: '2026-11-23T09:15:00Z',
    },
    Submitter: { Name: 'Eva Smit', Email: 'eva@korenaar.example' },
    Recipient: { Name: 'Anna de Vries', Email: 'a.devries@stroomlijn.example' },
    Task: {
      Title: 'Review customer return',
      Deadline: '2026-11-25T17:00:00Z',
      LastReaction: 'Internal: amounts checked.',
      LastExternalReaction: 'Please attach the right period.',
    },
    Record: {
      Name: 'Insulation Zonnewijk 12',
      Subject: 'Call back about the quote',
      Status: 'Quote requested',
      Stage: 'Feedback',
      Type: 'Call',
      DueDate: '2026-11-27T12:00:00Z',
      Responsible: 'Bram Jansen',
      Contact: 'Piet Mulder',
      Amount: 4250,
      Organisation: 'Bakkerij de Korenaar',
      Deal: 'Insulation Zonnewijk 12',
      Project: 'Zonnewijk phase 2',
      TimeTracked: 1.5,
      TimeTarget: 2,
      Notes: 'Call after 4 pm.',
    },
    ...dutchCompany,
  },
  de: {
    Item: {
      Subject: 'Adressänderung zum 1. Dezember',
      Number: 'D-2026-0142',
      Status: 'In Bearbeitung',
      Type: 'Mitarbeiteränderung',
      SubmittedAt: '2026-11-23T09:15:00Z',
    },
    Submitter: { Name: 'Eva Smit', Email: 'eva@korenaar.example' },
    Recipient: { Name: 'Jonas Becker', Email: 'jonas@becker-holz.example' },
    Task: {
      Title: 'Kundenmeldung prüfen',
      Deadline: '2026-11-25T17:00:00Z',
      LastReaction: 'Intern: Beträge geprüft.',
      LastExternalReaction: 'Bitte den richtigen Zeitraum anhängen.',
    },
    Record: {
      Name: 'Werkstatt Becker',
      Subject: 'Rückruf zum Angebot',
      Status: 'Angebot angefragt',
      Stage: 'Feedback',
      Type: 'Anruf',
      DueDate: '2026-11-27T12:00:00Z',
      Responsible: 'Jonas Becker',
      Contact: 'Jonas Becker',
      Amount: 4250,
      Organisation: 'Holzwerkstatt Becker GmbH',
      Deal: 'Werkstatt Becker',
      Project: 'Werkstatt Becker, Bauabschnitt 2',
      TimeTracked: 1.5,
      TimeTarget: 2,
      Notes: 'Nach 16 Uhr anrufen.',
    },
    Sender: { Name: 'Stroomlijn Advies', Email: 'info@stroomlijn.example' },
    Organisation: { Name: 'Holzwerkstatt Becker GmbH', Email: 'kontakt@becker-holz.example', City: 'Köln' },
    Contact: {
      Name: 'Jonas Becker',
      FirstName: 'Jonas',
      LastName: 'Becker',
      Email: 'jonas@becker-holz.example',
      Phone: '0221 123456',
    },
  },
};

/** How the sample's dates and numbers are written: as the same fields of real data are. */
const kinds: Record<string, Record<string, ValueKind>> = {
  Item: { SubmittedAt: 'dateTime' },
  Task: { Deadline: 'dateTime' },
  Record: { DueDate: 'dateTime', Amount: 'amount', TimeTracked: 'number', TimeTarget: 'number' },
};

/** An example value for one of an item type's own fields, and how it is written in a message. */
function example(f: FieldDef): { value: unknown; kind: ValueKind } {
  if (f.options?.[0]) return { value: f.options[0], kind: 'text' };
  switch (f.type) {
    case 'number':
    case 'date':
    case 'boolean':
      return { value: { number: 42, date: '2026-12-01', boolean: true }[f.type], kind: f.type };
    case 'money':
      return { value: 6250.5, kind: 'amount' };
    case 'user':
      return { value: 'Bram Jansen', kind: 'text' };
    case 'contact':
      return { value: 'Jonas Becker', kind: 'text' };
    case 'organisation':
      return { value: 'Becker Holz GmbH', kind: 'text' };
    case 'attachment':
      return { value: 'bon.pdf', kind: 'text' };
    case 'text':
    case 'longText':
    case 'choice':
      return { value: f.label, kind: 'text' };
    default: {
      const never: never = f.type;
      return never;
    }
  }
}

/**
 * Example data for a preview with nothing chosen, in the language being previewed: every
 * collection filled (Project is the record under its CRM name), with an example value for each
 * of the item type's own fields; an external reader sees the external reaction only.
 */
export function sampleData(language: Language, itemType?: ItemType, external = false): MessageData {
  const data = JSON.parse(JSON.stringify(samples[language])) as Record<string, Record<string, unknown>>;
  for (const [collection, fields] of Object.entries(kinds)) {
    const values = data[collection]!;
    for (const [field, kind] of Object.entries(fields)) values[field] = templateValue(values[field], kind, language);
  }
  for (const f of itemType?.fields ?? []) {
    const { value, kind } = example(f);
    data.Item![f.key] = templateValue(value, kind, language);
  }
  if (carriesPayload(itemType))
    data.Item!.Payload = JSON.stringify({ soort: 'btw-aangifte', periode: '2026-Q3' }, null, 2);
  if (external) data.Task = { ...data.Task, LastReaction: data.Task!.LastExternalReaction };
  data.Record!.Reminder = templateValue(false, 'boolean', language);
  return { ...data, Project: data.Record };
}
