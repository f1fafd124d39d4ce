import type { FormsMessages } from './forms-en';

export const formsDe: FormsMessages = {
  problems: {
    notNumber: 'ist keine Zahl',
    separators: 'ist so keine Zahl: schreiben Sie z. B. {{example}}',
    tooManyDecimals: 'hat mehr als zwei Nachkommastellen',
    notDate: 'ist kein Datum: schreiben Sie z. B. {{example}}',
    noSuchDate: 'ist ein Datum, das es nicht gibt',
  },
  numberExample: '6.250,50',
  datePlaceholder: 'TT.MM.JJJJ',
  dateExample: '26.11.2026',
  notEditable: 'kann in dieser Aufgabe nicht geändert werden',
  attach: 'Datei wählen',
  uploading: 'Wird hochgeladen…',
  removeFile: '{{name}} entfernen',
  tooLarge: 'ist größer als 8 MB',
  download: '{{name}} herunterladen',
  requiredFor: 'Pflicht vor: {{actions}}',
};
