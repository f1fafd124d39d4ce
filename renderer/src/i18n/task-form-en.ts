/** The task panel's Form section in the workflow editor. */
export const taskFormEn = {
  title: 'Form',
  noItemType: 'Choose the item type of this workflow to pick its fields.',
  add: 'Add a field…',
  modeOf: 'How the form shows {{field}}',
  remove: 'Remove {{field}}',
  modes: { readOnly: 'Read only', editable: 'Editable', required: 'Required before acting' },
};
export type TaskFormMessages = typeof taskFormEn;
