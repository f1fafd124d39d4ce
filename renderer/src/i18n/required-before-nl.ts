import type { RequiredBeforeMessages } from './required-before-en';

export const requiredBeforeNl: RequiredBeforeMessages = {
  legend: '{{field}} is verplicht vóór',
  every: 'elke actie',
  some: 'alleen deze acties:',
  noActions: 'Deze taak heeft nog geen acties: verbind ze om te kiezen.',
  removed: 'een verwijderde actie',
  unnamed: '(actie zonder naam)',
};
