/** The mailing wizard's own typed text, for when no template fits (seed 003). */
export const mailingTextEn = {
  source: 'What is sent',
  fromTemplate: 'A saved template',
  ownText: 'Own text',
  subject: 'Subject',
  body: 'Text',
  hint: 'Click a field to put it in the text: every recipient gets their own value. This text goes to everyone in one language.',
  needsText: 'Fill in a subject and a text.',
};
