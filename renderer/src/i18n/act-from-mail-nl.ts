import type { ActFromMailMessages } from './act-from-mail-en';

export const actFromMailNl: ActFromMailMessages = {
  pickerHeading: 'In een taakbericht',
  actionsChip: 'Actieknoppen',
  actionsHint: 'Een knop per actie van de taak (in de tekstversie een regel met de link). Elke link is alleen voor de ontvanger, werkt één keer en verloopt; in het voorbeeld doen de knoppen niets.',
  byLink: 'via de link in de mail',
  byReply: 'per antwoordmail van {{from}}',
};
