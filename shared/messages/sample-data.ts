import type { Language } from '../model/common';
import type { MessageData } from './render';

const samples: Record<Language, MessageData> = {
  nl: {
    Item: { Subject: 'Adreswijziging per 1 december', Number: 'D-2026-0142', Status: 'In behandeling', Type: 'Medewerkermutatie', SubmittedAt: '2026-11-23T09:15:00Z' },
    Submitter: { Name: 'Eva Smit', Email: 'eva@korenaar.example' },
    Recipient: { Name: 'Anna de Vries', Email: 'a.devries@stroomlijn.example' },
    Task: { Title: 'Beoordelen aangifte klant', Deadline: '2026-11-25T17:00:00Z', LastReaction: 'Intern: bedragen gecontroleerd.', LastExternalReaction: 'Graag de bijlage met de juiste periode.' },
    Record: { Name: 'Isolatie Zonnewijk 12', Subject: 'Terugbellen over offerte', Status: 'Offerte aangevraagd', Stage: 'Feedback', Type: 'Bellen', DueDate: '2026-11-27T12:00:00Z', Responsible: 'Bram Jansen', Contact: 'Piet Mulder', Amount: 4250 },
    Sender: { Name: 'Stroomlijn Advies', Email: 'info@stroomlijn.example' },
    Organisation: { Name: 'Bakkerij de Korenaar', Email: 'administratie@korenaar.example', City: 'Amersfoort' },
  },
  en: {
    Item: { Subject: 'Change of address from 1 December', Number: 'D-2026-0142', Status: 'In progress', Type: 'Employee change', SubmittedAt: '2026-11-23T09:15:00Z' },
    Submitter: { Name: 'Eva Smit', Email: 'eva@korenaar.example' },
    Recipient: { Name: 'Anna de Vries', Email: 'a.devries@stroomlijn.example' },
    Task: { Title: 'Review customer return', Deadline: '2026-11-25T17:00:00Z', LastReaction: 'Internal: amounts checked.', LastExternalReaction: 'Please attach the right period.' },
    Record: { Name: 'Insulation Zonnewijk 12', Subject: 'Call back about the quote', Status: 'Quote requested', Stage: 'Feedback', Type: 'Call', DueDate: '2026-11-27T12:00:00Z', Responsible: 'Bram Jansen', Contact: 'Piet Mulder', Amount: 4250 },
    Sender: { Name: 'Stroomlijn Advies', Email: 'info@stroomlijn.example' },
    Organisation: { Name: 'Bakkerij de Korenaar', Email: 'administratie@korenaar.example', City: 'Amersfoort' },
  },
  de: {
    Item: { Subject: 'Adressänderung zum 1. Dezember', Number: 'D-2026-0142', Status: 'In Bearbeitung', Type: 'Mitarbeiteränderung', SubmittedAt: '2026-11-23T09:15:00Z' },
    Submitter: { Name: 'Eva Smit', Email: 'eva@korenaar.example' },
    Recipient: { Name: 'Jonas Becker', Email: 'jonas@becker-holz.example' },
    Task: { Title: 'Kundenmeldung prüfen', Deadline: '2026-11-25T17:00:00Z', LastReaction: 'Intern: Beträge geprüft.', LastExternalReaction: 'Bitte den richtigen Zeitraum anhängen.' },
    Record: { Name: 'Werkstatt Becker', Subject: 'Rückruf zum Angebot', Status: 'Angebot angefragt', Stage: 'Feedback', Type: 'Anruf', DueDate: '2026-11-27T12:00:00Z', Responsible: 'Jonas Becker', Contact: 'Jonas Becker', Amount: 4250 },
    Sender: { Name: 'Stroomlijn Advies', Email: 'info@stroomlijn.example' },
    Organisation: { Name: 'Holzwerkstatt Becker GmbH', Email: 'kontakt@becker-holz.example', City: 'Köln' },
  },
};

/** Example data for previews, in the language being previewed; Project is the record under its CRM name. */
export function sampleData(language: Language): MessageData {
  const data = JSON.parse(JSON.stringify(samples[language])) as MessageData;
  return { ...data, Project: data.Record };
}
