/** A task's escalation after its deadline, in the editor (English, the reference). */
export const escalationEn = {
  title: 'After the deadline',
  on: 'Escalate when the deadline has passed',
  needsDeadline: 'Set a deadline first.',
  remind: 'Remind the task users at the deadline',
  remindTemplate: 'Reminder template',
  after: 'Then, after',
  steps: 'What happens then',
  notifyManager: 'Notify the task manager',
  managerTemplate: 'Template for the task manager',
  reassign: 'Reassign the task to',
  action: 'Take the action',
  actionHint: 'An automatic action of this task, e.g. “Expired” → a follow-up task.',
  pick: 'Choose…',
  flag: 'escalates after {{duration}}',
};
export type EscalationMessages = typeof escalationEn;
