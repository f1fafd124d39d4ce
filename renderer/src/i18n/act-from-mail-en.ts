/** Acting on a task from its mail (issue 14): the template editor's action buttons and the history's "how". */
export const actFromMailEn = {
  pickerHeading: 'In a task mail',
  actionsChip: 'Action buttons',
  actionsHint:
    'A button per action of the task (a line with its link in the text part). Each link is for the recipient only, works once and expires; in the preview the buttons do nothing.',
  byLink: 'by link in the mail',
  byReply: 'by reply from {{from}}',
  replyWords: 'Words in a reply mail',
  replyWordsHint:
    'A reply to the task mail that starts with one of these words takes this action. Separate them with commas; empty: the usual words for its role and its name.',
  settings: {
    title: 'Acting from the mail',
    intro:
      'Task mails with action buttons let people act without opening Stroomlijn: a button opens a page that shows the task and acts only when they confirm. Each link is for its recipient only and works once.',
    days: 'Links work for (days)',
    where:
      'The links lead to the office network address while the office network is on; otherwise they only open on this PC.',
    save: 'Save',
    saved: 'Saved: new task mails carry links with this validity.',
  },
};
export type ActFromMailMessages = typeof actFromMailEn;
