import type { Messages } from './en';

export const fieldIssuesNl: Messages['fieldIssues'] = {
  notRecordField: 'is geen veld van dit soort record',
  notItemField: 'is geen veld van dit type dossieritem',
  notNumber: 'is geen getal',
  notMoney: 'is geen geldbedrag (hoogstens twee decimalen)',
  notAttachment: 'is geen bijgevoegd bestand',
  notDate: 'is geen datum',
  noSuchDate: 'is een datum die niet bestaat',
  notBoolean: 'is geen ja of nee',
  notUser: 'is geen gebruiker',
  notContact: 'is geen contactpersoon',
  notOrganisation: 'is geen organisatie',
  notText: 'is geen tekst',
  notChoice: 'is geen van de keuzes',
  notRecord: 'is geen {{entity}}',
};
