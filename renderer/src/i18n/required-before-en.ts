/** The task form's picker of the actions a required field must be filled before. */
export const requiredBeforeEn = {
  legend: '{{field}} is required before',
  every: 'every action',
  some: 'only these actions:',
  noActions: 'This task has no actions yet: connect them to choose.',
  removed: 'a removed action',
  unnamed: '(action without a name)',
};
export type RequiredBeforeMessages = typeof requiredBeforeEn;
