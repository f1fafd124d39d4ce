import type { Messages } from './en';

export const mailingNl: Messages['mailing'] = {
  button_one: 'Mailing aan {{count}}',
  button_other: 'Mailing aan {{count}}',
  title_one: 'Mailing aan {{count}} ontvanger',
  title_other: 'Mailing aan {{count}} ontvangers',
  select: '{{name}} selecteren',
  selectAll: 'Alles selecteren',
  next: 'Ontvangers controleren',
  allReachable: 'Iedereen heeft een e-mailadres en heeft toestemming gegeven.',
  someMissing_one:
    '{{count}} van hen kan deze mail niet krijgen. Vul eerst aan wat ontbreekt, of ga verder zonder die.',
  someMissing_other:
    '{{count}} van hen kunnen deze mail niet krijgen. Vul eerst aan wat ontbreekt, of ga verder zonder hen.',
  abort: 'Afbreken',
  continue_one: 'Versturen aan {{count}}',
  continue_other: 'Versturen aan {{count}}',
  cancel: 'Mailing stoppen',
  progress: '{{sent}} verstuurd, {{failed}} mislukt, {{skipped}} niet verstuurd, van {{total}}.',
  language: 'Taal van de mail',
  languageHint: 'Contactpersonen hebben geen eigen taal: iedereen krijgt de mail in deze taal van het sjabloon.',
  languages: { nl: 'Nederlands', en: 'Engels', de: 'Duits' },
  inLanguage: 'In het {{language}}',
  separately: 'Afzonderlijk per bestemming vastleggen',
  separatelyHint:
    'Anders bewaart de historie één generieke kopie van de mailing; dat bespaart ruimte. De mails zelf zijn hoe dan ook gepersonaliseerd.',
  toHistory: 'Verwerkingshistorie openen',
  emptyFields: 'Velden die leeg blijven',
  emptyFieldsHint:
    'Het sjabloon gebruikt deze velden, maar deze mailing kan ze niet voor iedereen vullen: ze blijven leeg.',
  noEmptyFields: 'Elk veld dat het sjabloon gebruikt is voor iedere ontvanger gevuld.',
  emptyForAll_one: 'leeg voor de enige ontvanger',
  emptyForAll_other: 'leeg voor alle {{count}}',
  emptyForSome_one: 'leeg voor {{empty}} van {{count}}',
  emptyForSome_other: 'leeg voor {{empty}} van {{count}}',
  unknownFields: 'Velden die niet bestaan',
  unknownFieldsHint:
    'Het sjabloon gebruikt deze velden, maar ze bestaan niet (een tikfout?): ze blijven voor iedereen leeg.',
  noSuchField: 'bestaat niet',
  previewOf: 'De mail aan {{name}}',
  cannotSend: 'Dit sjabloon kan niet worden verstuurd:',
};
