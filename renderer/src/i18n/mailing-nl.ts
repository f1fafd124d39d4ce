import type { Messages } from './en';

export const mailingNl: Messages['mailing'] = {
  button_one: 'Mailing aan {{count}}',
  button_other: 'Mailing aan {{count}}',
  title: 'Mailing aan {{count}} ontvangers',
  select: '{{name}} selecteren',
  selectAll: 'Alles selecteren',
  next: 'Ontvangers controleren',
  allReachable: 'Iedereen heeft een e-mailadres en heeft toestemming gegeven.',
  someMissing: '{{count}} van hen kunnen deze mail niet krijgen. Vul eerst aan wat ontbreekt, of ga verder zonder hen.',
  abort: 'Afbreken',
  continue: 'Versturen aan {{count}}',
  cancel: 'Mailing stoppen',
  progress: '{{sent}} verstuurd, {{failed}} mislukt, {{skipped}} niet verstuurd, van {{total}}.',
  separately: 'Afzonderlijk per bestemming vastleggen',
  separatelyHint: 'Anders bewaart de historie één generieke kopie van de mailing; dat bespaart ruimte. De mails zelf zijn hoe dan ook gepersonaliseerd.',
  toHistory: 'Verwerkingshistorie openen',
};
