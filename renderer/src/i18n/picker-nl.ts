import type { Messages } from './en';

/** Nederlandse teksten van de zoekkeuzelijst (renderer/src/ui/SearchPicker). */
export const pickerNl: Messages['picker'] = {
  placeholder: 'Typ om te zoeken…',
  none: 'Niets gevonden',
  remove: '{{name}} verwijderen',
};
