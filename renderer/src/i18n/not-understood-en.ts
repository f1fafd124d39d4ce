/** Work → Not understood: replies to task mails that could not act (issue 14). */
export const notUnderstoodEn = {
  tab: 'Not understood',
  none: 'No replies that could not be processed.',
  intro:
    'Replies to task mails that took no action. The sender got an answer saying why; act on the task here if needed.',
  when: 'Received',
  from: 'From',
  item: 'Item',
  why: 'Why not',
  text: 'What they wrote',
  outcomes: {
    acted: 'Taken',
    automatic: 'Automatic mail',
    notOurs: 'Not a reply to a task mail',
    wrongSender: 'From another address',
    unknownKeyword: 'No action named',
    movedOn: 'Task had moved on',
    notYours: 'Task given to someone else',
    reactionRequired: 'Reaction missing',
    needsApp: 'Fields needed first',
  },
};
export type NotUnderstoodMessages = typeof notUnderstoodEn;
