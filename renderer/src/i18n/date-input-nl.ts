import type { DateInputMessages } from './date-input-en';

export const dateInputNl: DateInputMessages = {
  notDate: '“{{text}}” is geen datum: schrijf bijvoorbeeld {{example}}',
  noSuchDate: '“{{text}}” is een datum die niet bestaat',
};
