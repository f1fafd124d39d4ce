import type { Messages } from './en';

export const mailingSenderNl: Messages['mailingSender'] = {
  name: 'Naam afzender voor deze mailing',
  email: 'E-mailadres afzender voor deze mailing',
  hint: 'Laat leeg voor de afzender hierboven. Het adres moet een van de afzenders onder Instellingen → Mail zijn.',
  example: 'Eén voorbeeld naar de afzender',
  exampleSent: 'Er ging een voorbeeld naar {{address}}; de ontvangers krijgen nog niets.',
};
