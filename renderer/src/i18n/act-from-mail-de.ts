import type { ActFromMailMessages } from './act-from-mail-en';

export const actFromMailDe: ActFromMailMessages = {
  pickerHeading: 'In einer Aufgabenmail',
  actionsChip: 'Aktionsschaltflächen',
  actionsHint: 'Eine Schaltfläche je Aktion der Aufgabe (in der Textfassung eine Zeile mit dem Link). Jeder Link gilt nur für den Empfänger, einmal und befristet; in der Vorschau bewirken die Schaltflächen nichts.',
  byLink: 'über den Link in der Mail',
  byReply: 'per Antwortmail von {{from}}',
};
