import type { TaskFormMessages } from './task-form-en';

export const taskFormDe: TaskFormMessages = {
  title: 'Formular',
  noItemType: 'Wählen Sie den Vorgangstyp dieses Workflows, um seine Felder zu wählen.',
  add: 'Feld hinzufügen…',
  modeOf: 'Wie das Formular {{field}} zeigt',
  remove: '{{field}} entfernen',
  modes: { readOnly: 'Nur lesen', editable: 'Änderbar', required: 'Pflicht vor einer Aktion' },
};
