import type { Messages } from './en';

export const mailingTextDe: Messages['mailingText'] = {
  source: 'Was versendet wird',
  fromTemplate: 'Eine gespeicherte Vorlage',
  ownText: 'Eigener Text',
  subject: 'Betreff',
  body: 'Text',
  hint: 'Klicken Sie auf ein Feld, um es in den Text zu setzen: Jeder Empfänger erhält seinen eigenen Wert. Dieser Text geht in einer Sprache an alle.',
  needsText: 'Geben Sie einen Betreff und einen Text ein.',
};
