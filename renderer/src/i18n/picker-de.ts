import type { Messages } from './en';

/** Deutsche Texte der Suchauswahl (renderer/src/ui/SearchPicker). */
export const pickerDe: Messages['picker'] = {
  placeholder: 'Zum Suchen tippen…',
  none: 'Keine Treffer',
  remove: '{{name}} entfernen',
};
