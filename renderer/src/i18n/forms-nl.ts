import type { FormsMessages } from './forms-en';

export const formsNl: FormsMessages = {
  problems: {
    notNumber: 'is geen getal',
    separators: 'is zo geen getal: schrijf bijvoorbeeld {{example}}',
    tooManyDecimals: 'heeft meer dan twee decimalen',
    notDate: 'is geen datum: schrijf bijvoorbeeld {{example}}',
    noSuchDate: 'is een datum die niet bestaat',
  },
  numberExample: '6.250,50',
  datePlaceholder: 'dd-mm-jjjj',
  dateExample: '26-11-2026',
  notEditable: 'kan in deze taak niet worden gewijzigd',
  attach: 'Kies een bestand',
  uploading: 'Bezig met uploaden…',
  removeFile: '{{name}} verwijderen',
  tooLarge: 'is groter dan 8 MB',
  download: '{{name}} downloaden',
  requiredFor: 'Verplicht vóór: {{actions}}',
};
