/**
 * The validation messages people see most. The API sends them in English (for any client);
 * the renderer shows them in the user's language by looking up which of these a message is.
 */
export const validationMessages = {
  required: 'is required',
  text: 'must be text',
  empty: 'must not be empty',
  tooLong: 'is too long',
  email: 'is not a valid e-mail address',
  date: 'is not a date (YYYY-MM-DD)',
  url: 'is not a URL',
  wholeNumber: 'must be a whole number',
  positive: 'must be more than 0',
  httpAddress: 'is not an http(s) address',
  noneChosen: 'names none',
} as const;

export type ValidationMessage = keyof typeof validationMessages;

/** Which known message `text` is, if any. */
export const knownValidationMessage = (text: string): ValidationMessage | undefined =>
  (Object.keys(validationMessages) as ValidationMessage[]).find((k) => validationMessages[k] === text);
