/** Acting on a task from its mail (issue 14): the template editor's action buttons and the history's "how". */
export const actFromMailEn = {
  pickerHeading: 'In a task mail',
  actionsChip: 'Action buttons',
  actionsHint: 'A button per action of the task (a line with its link in the text part). Each link is for the recipient only, works once and expires; in the preview the buttons do nothing.',
  byLink: 'by link in the mail',
  byReply: 'by reply from {{from}}',
};
export type ActFromMailMessages = typeof actFromMailEn;
