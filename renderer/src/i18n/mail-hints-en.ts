/** What the capture mailbox and the schedule tell about why mail waits or will not go (English, the reference). */
export const mailHintsEn = {
  captureSmtpSet:
    'An SMTP server is set now, so new messages are sent. These were kept here before it was; ' +
    'send them with the button if they still have to go.',
  noConsent: 'no consent to e-mail',
};
