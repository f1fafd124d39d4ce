import type { ActFromMailMessages } from './act-from-mail-en';

export const actFromMailNl: ActFromMailMessages = {
  pickerHeading: 'In een taakbericht',
  actionsChip: 'Actieknoppen',
  actionsHint:
    'Een knop per actie van de taak (in de tekstversie een regel met de link). Elke link is alleen voor de ontvanger, werkt één keer en verloopt; in het voorbeeld doen de knoppen niets.',
  byLink: 'via de link in de mail',
  byReply: 'per antwoordmail van {{from}}',
  replyWords: 'Woorden in een antwoordmail',
  replyWordsHint:
    'Een antwoord op het taakbericht dat met een van deze woorden begint, voert deze actie uit. Scheid ze met komma’s; leeg: de gewone woorden voor de soort actie en de naam.',
  settings: {
    title: 'Handelen vanuit de mail',
    intro:
      'Met actieknoppen in een taakbericht handelen collega’s zonder Stroomlijn te openen: een knop opent een pagina met de taak, en pas na bevestigen gebeurt de actie. Elke link is alleen voor de ontvanger en werkt één keer.',
    days: 'Links werken (dagen)',
    where:
      'De links wijzen naar het adres op het kantoornetwerk zolang dat aan staat; anders openen ze alleen op deze pc.',
    save: 'Opslaan',
    saved: 'Opgeslagen: nieuwe taakberichten krijgen links met deze geldigheid.',
  },
};
