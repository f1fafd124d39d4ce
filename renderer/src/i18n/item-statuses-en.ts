/** Business statuses the sample workflows set (setStatus), by their stored value. */
export const itemStatusesEn = {
  approved: 'Approved',
  rejected: 'Rejected',
  resubmitted: 'Resubmitted',
  withdrawn: 'Withdrawn',
};
