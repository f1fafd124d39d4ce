import type { DateInputMessages } from './date-input-en';

export const dateInputDe: DateInputMessages = {
  notDate: '„{{text}}“ ist kein Datum: schreiben Sie z. B. {{example}}',
  noSuchDate: '„{{text}}“ ist ein Datum, das es nicht gibt',
};
