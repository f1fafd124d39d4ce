/** A date typed in a filter (messages, audit trail, schedule) that does not read as one. */
export const dateInputEn = {
  notDate: '“{{text}}” is not a date: write it as {{example}}',
  noSuchDate: '“{{text}}” is a date that does not exist',
};
export type DateInputMessages = typeof dateInputEn;
