import type { TaskFormMessages } from './task-form-en';

export const taskFormNl: TaskFormMessages = {
  title: 'Formulier',
  noItemType: 'Kies het type dossieritem van deze workflow om velden te kiezen.',
  add: 'Veld toevoegen…',
  modeOf: 'Hoe het formulier {{field}} toont',
  remove: '{{field}} verwijderen',
  modes: { readOnly: 'Alleen lezen', editable: 'Wijzigbaar', required: 'Verplicht vóór een actie' },
};
