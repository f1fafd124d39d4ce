import type { ActFromMailMessages } from './act-from-mail-en';

export const actFromMailDe: ActFromMailMessages = {
  pickerHeading: 'In einer Aufgabenmail',
  actionsChip: 'Aktionsschaltflächen',
  actionsHint:
    'Eine Schaltfläche je Aktion der Aufgabe (in der Textfassung eine Zeile mit dem Link). Jeder Link gilt nur für den Empfänger, einmal und befristet; in der Vorschau bewirken die Schaltflächen nichts.',
  byLink: 'über den Link in der Mail',
  byReply: 'per Antwortmail von {{from}}',
  replyWords: 'Wörter in einer Antwortmail',
  replyWordsHint:
    'Eine Antwort auf die Aufgabenmail, die mit einem dieser Wörter beginnt, führt diese Aktion aus. Trennen Sie sie mit Kommas; leer: die üblichen Wörter für die Art der Aktion und ihr Name.',
  settings: {
    title: 'Aus der Mail handeln',
    intro:
      'Mit Aktionsschaltflächen in einer Aufgabenmail handeln Kollegen, ohne Stroomlijn zu öffnen: Eine Schaltfläche öffnet eine Seite mit der Aufgabe, und erst nach der Bestätigung wird die Aktion ausgeführt. Jeder Link gilt nur für den Empfänger und einmal.',
    days: 'Links gelten (Tage)',
    where:
      'Die Links führen zur Adresse im Büronetzwerk, solange es eingeschaltet ist; sonst öffnen sie sich nur an diesem Computer.',
    save: 'Speichern',
    saved: 'Gespeichert: Neue Aufgabenmails erhalten Links mit dieser Gültigkeit.',
  },
};
