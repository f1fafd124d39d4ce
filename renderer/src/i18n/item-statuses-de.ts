import type { Messages } from './en';

/** Geschäftsstatus, die die Beispiel-Workflows setzen. */
export const itemStatusesDe: Messages['itemStatuses'] = {
  approved: 'Genehmigt',
  rejected: 'Abgelehnt',
  resubmitted: 'Erneut eingereicht',
  withdrawn: 'Zurückgezogen',
};
