import type { Messages } from './en';

export const mailingSenderDe: Messages['mailingSender'] = {
  name: 'Absendername für dieses Mailing',
  email: 'Absenderadresse für dieses Mailing',
  hint: 'Leer lassen für den Absender oben. Die Adresse muss einer der Absender unter Einstellungen → Mail sein.',
  example: 'Ein Beispiel an den Absender',
  exampleSent: 'Ein Beispiel ging an {{address}}; die Empfänger erhalten noch nichts.',
};
