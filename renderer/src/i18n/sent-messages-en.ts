/** The mail sent to a Directory entry, on its page. */
export const sentMessagesEn = {
  title: 'Mail sent',
  none: 'No mail has been sent here yet.',
};
