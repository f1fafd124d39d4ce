/** The mailing wizard's example to the sender and the sender for this mailing. */
export const mailingSenderEn = {
  name: 'Sender name for this mailing',
  email: 'Sender address for this mailing',
  hint: 'Leave empty to use the sender above. The address must be one of the senders under Settings → Mail.',
  example: 'One example to the sender',
  exampleSent: 'An example went to {{address}}; the recipients get nothing yet.',
};
