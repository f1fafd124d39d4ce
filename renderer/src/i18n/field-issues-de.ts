import type { Messages } from './en';

export const fieldIssuesDe: Messages['fieldIssues'] = {
  notRecordField: 'ist kein Feld dieser Art von Datensatz',
  notItemField: 'ist kein Feld dieses Vorgangstyps',
  notNumber: 'ist keine Zahl',
  notMoney: 'ist kein Geldbetrag (höchstens zwei Nachkommastellen)',
  notAttachment: 'ist keine angehängte Datei',
  notDate: 'ist kein Datum',
  noSuchDate: 'ist ein Datum, das es nicht gibt',
  notBoolean: 'ist nicht Ja oder Nein',
  notUser: 'ist kein Benutzer',
  notContact: 'ist kein Kontakt',
  notOrganisation: 'ist keine Organisation',
  notText: 'ist kein Text',
  notChoice: 'ist keine der Auswahlmöglichkeiten',
  notRecord: 'ist kein Datensatz vom Typ {{entity}}',
};
