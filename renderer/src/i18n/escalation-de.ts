import type { EscalationMessages } from './escalation-en';

export const escalationDe: EscalationMessages = {
  title: 'Nach der Frist',
  on: 'Eskalieren, wenn die Frist abgelaufen ist',
  needsDeadline: 'Legen Sie zuerst eine Frist fest.',
  remind: 'Die Aufgabenbearbeiter bei Fristablauf erinnern',
  remindTemplate: 'Vorlage für die Erinnerung',
  after: 'Danach, nach',
  steps: 'Was dann geschieht',
  notifyManager: 'Den Workflow-Manager benachrichtigen',
  managerTemplate: 'Vorlage für den Workflow-Manager',
  reassign: 'Die Aufgabe zuweisen an',
  action: 'Die Aktion ausführen',
  actionHint: 'Eine automatische Aktion dieser Aufgabe, z. B. „Abgelaufen“ → eine Folgeaufgabe.',
  pick: 'Wählen…',
  flag: 'eskaliert nach {{duration}}',
};
