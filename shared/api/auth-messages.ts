/**
 * What the API says about logins and passwords. It says them in English (for any client); the
 * renderer shows them in the user's language by looking up which of these a message is.
 */
export const authIssueMessages = {
  passwordShort: 'is shorter than 10 characters',
  passwordLong: 'is longer than 256 characters',
  sameAsLogin: 'must not be the login',
  notCurrent: 'is not your current password',
  loginTaken: 'is the login of another user',
  loginNeeded: 'is required for a new sign-in',
} as const;
export type AuthIssue = keyof typeof authIssueMessages;
