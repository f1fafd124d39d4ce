import { issueReasonMessages, reasonMessages, thingNames } from '@shared/api/reasons';

/** The server's reasons (shared/api/reasons.ts) in English: the API's own sentences. */
export const serverErrorsEn = {
  ...reasonMessages,
  notAllowed: 'You do not have the rights for this.',
  choosePasswordFirst: 'Choose your own password first.',
  submitAsYourself: 'You submit items as yourself.',
  invalidInput: 'Not everything is right',
  issues: { ...issueReasonMessages },
  things: { ...thingNames, item: 'item', apiToken: 'API token' },
};
