import type { Messages } from './en';

export const sentMessagesNl: Messages['sentMessages'] = {
  title: 'Verstuurde mail',
  none: 'Hier is nog geen mail naartoe gestuurd.',
};
