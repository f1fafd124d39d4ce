import type { NotUnderstoodMessages } from './not-understood-en';

export const notUnderstoodNl: NotUnderstoodMessages = {
  tab: 'Niet begrepen',
  none: 'Geen antwoorden die niet verwerkt konden worden.',
  intro:
    'Antwoorden op taakberichten die geen actie uitvoerden. De afzender kreeg een antwoord met de reden; handel de taak zo nodig hier af.',
  when: 'Ontvangen',
  from: 'Van',
  item: 'Dossieritem',
  why: 'Waarom niet',
  text: 'Wat er stond',
  outcomes: {
    acted: 'Uitgevoerd',
    automatic: 'Automatische mail',
    notOurs: 'Geen antwoord op een taakbericht',
    wrongSender: 'Van een ander adres',
    unknownKeyword: 'Geen actie genoemd',
    movedOn: 'Taak was al verder',
    notYours: 'Taak aan iemand anders gegeven',
    reactionRequired: 'Reactie ontbrak',
    needsApp: 'Eerst velden invullen',
  },
};
