import type { NotUnderstoodMessages } from './not-understood-en';

export const notUnderstoodDe: NotUnderstoodMessages = {
  tab: 'Nicht verstanden',
  none: 'Keine Antworten, die nicht verarbeitet werden konnten.',
  intro:
    'Antworten auf Aufgabenmails, die keine Aktion ausgelöst haben. Der Absender erhielt eine Antwort mit dem Grund; erledigen Sie die Aufgabe bei Bedarf hier.',
  when: 'Empfangen',
  from: 'Von',
  item: 'Vorgang',
  why: 'Warum nicht',
  text: 'Was darin stand',
  outcomes: {
    acted: 'Ausgeführt',
    automatic: 'Automatische Mail',
    notOurs: 'Keine Antwort auf eine Aufgabenmail',
    wrongSender: 'Von einer anderen Adresse',
    unknownKeyword: 'Keine Aktion genannt',
    movedOn: 'Aufgabe war bereits weiter',
    notYours: 'Aufgabe jemand anderem gegeben',
    reactionRequired: 'Reaktion fehlte',
    needsApp: 'Zuerst Felder ausfüllen',
  },
};
