import type { EscalationMessages } from './escalation-en';

export const escalationNl: EscalationMessages = {
  title: 'Na de deadline',
  on: 'Escaleren als de deadline verstreken is',
  needsDeadline: 'Stel eerst een deadline in.',
  remind: 'De taakgebruikers op de deadline herinneren',
  remindTemplate: 'Sjabloon voor de herinnering',
  after: 'Daarna, na',
  steps: 'Wat er dan gebeurt',
  notifyManager: 'De workflowtaakmanager berichten',
  managerTemplate: 'Sjabloon voor de workflowtaakmanager',
  reassign: 'De taak toewijzen aan',
  action: 'De actie nemen',
  actionHint: 'Een automatische actie van deze taak, bijv. ‘Verlopen’ → een vervolgtaak.',
  pick: 'Kies…',
  flag: 'escaleert na {{duration}}',
};
