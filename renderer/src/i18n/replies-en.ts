/** Settings → Replies: the mailbox replies to task mails are read from (issue 14). */
export const repliesEn = {
  title: 'Replies to task mails',
  intro:
    'Colleagues can act by replying to a task mail: a reply that starts with an action’s word (YES or APPROVE, NO or REJECT, or the action’s name) takes that action, with the rest of the reply as the reaction. Stroomlijn reads the replies from this mailbox every minute.',
  use: 'Read replies from a mailbox (IMAP)',
  address: 'Reply address',
  host: 'IMAP server',
  port: 'Port',
  user: 'User name',
  password: 'Password',
  passwordKept: 'kept (type to change)',
  folder: 'Folder',
  secure: 'Encrypted connection (TLS)',
  test: 'Test connection',
  testOk_one: 'Connected: the folder holds {{count}} message.',
  testOk_other: 'Connected: the folder holds {{count}} messages.',
  readNow: 'Read now',
  readOk_one: '{{count}} new reply read.',
  readOk_other: '{{count}} new replies read.',
  how: 'Task mails then get a reply address of their own (workflow+…@) in this mailbox; the mail server must deliver those to it (most do). A reply that cannot act gets a polite answer and shows under Work → Not understood.',
  save: 'Save',
  saved: 'Saved.',
};
export type RepliesMessages = typeof repliesEn;
