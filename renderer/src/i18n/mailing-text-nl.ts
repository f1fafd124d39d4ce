import type { Messages } from './en';

export const mailingTextNl: Messages['mailingText'] = {
  source: 'Wat er wordt verstuurd',
  fromTemplate: 'Een opgeslagen sjabloon',
  ownText: 'Eigen tekst',
  subject: 'Onderwerp',
  body: 'Tekst',
  hint: 'Klik op een veld om het in de tekst te zetten: elke ontvanger krijgt zijn eigen waarde. Deze tekst gaat in één taal naar iedereen.',
  needsText: 'Vul een onderwerp en een tekst in.',
};
