import type { Messages } from './en';

/** Bedrijfsstatussen die de voorbeeldworkflows zetten. */
export const itemStatusesNl: Messages['itemStatuses'] = {
  approved: 'Goedgekeurd',
  rejected: 'Afgewezen',
  resubmitted: 'Opnieuw ingediend',
  withdrawn: 'Ingetrokken',
};
