/** What validation reports: a rule, how bad, the node it is about and the words for its message. */
export interface Finding {
  severity: 'error' | 'warning';
  code: FindingCode;
  nodeId?: string;
  params: Record<string, string | number>;
}

/** English text of every finding (i18next syntax). The renderer's en strings use these as they are. */
export const findingMessages = {
  noStart: 'The workflow has no start.',
  multipleStarts: 'A workflow has one start; remove this one.',
  unreachable: '“{{name}}” cannot be reached from the start.',
  taskWithoutAction: 'Task “{{name}}” has no action, so an item can never leave it.',
  actionWithoutFollowUp:
    'Action “{{name}}” has no follow-up: connect it to a task, a condition, an automation or an end.',
  conditionWithoutDefault: 'Condition “{{name}}” needs a default branch for when no branch holds.',
  branchWithoutTarget: 'Branch “{{branch}}” of condition “{{name}}” leads nowhere.',
  stepWithoutNext: '“{{name}}” leads nowhere: connect it to the next step or an end.',
  messageWithoutTemplate: 'The message of “{{name}}” has no template.',
  templateNotFound: 'The message of “{{name}}” uses a template that does not exist.',
  templateMissingLanguage: 'Template “{{template}}” has no text in {{language}}, the language of this workflow.',
  taskWithoutDestination: 'Task “{{name}}” is for nobody: add a destination.',
  nobodyNoUsers: '“{{name}}” goes to a list of users that is empty.',
  nobodyUnknownUser: '“{{name}}” goes to user “{{id}}”, who does not exist.',
  nobodyEmptyRole: '“{{name}}” goes to role “{{role}}”, which has no members.',
  nobodyUnknownRole: '“{{name}}” goes to role “{{id}}”, which does not exist.',
  nobodyNoTaskManager: '“{{name}}” goes to the task manager, but the workflow has none.',
  nobodyNoUserField:
    '“{{name}}” goes to the user in field “{{field}}”, which item type “{{itemType}}” has no user field of.',
  nobodyNoTask: '“{{name}}” goes to the task users, but there is no task here.',
  missingRequiredAction: 'Item type “{{itemType}}” requires an action with the role “{{role}}”.',
  endlessCycle: '“{{name}}” is in a loop without a task or a wait: it would run forever.',
  messageNotShownInTaskList:
    'The message of “{{name}}” goes to the task users, but no destination shows the task in the task list.',
  reactionNotUsed: 'Task “{{name}}” requires a reaction that none of its templates uses.',
  externalTemplateInternalReaction:
    'Template “{{template}}” is for external recipients but uses the internal last reaction (use Task.LastExternalReaction).',
  infoTaskWithoutMessage: 'Info task “{{name}}” sends no message.',
  taskFormUnknownField:
    'The form of task “{{name}}” shows field “{{field}}”, which item type “{{itemType}}” does not have.',
  taskFormUnknownAction:
    'The form of task “{{name}}” requires “{{field}}” before an action that is not one of this task’s.',
  escalationWithoutDeadline: 'Task “{{name}}” escalates after its deadline, but has no deadline.',
  escalationTemplateNotFound: 'The escalation of task “{{name}}” uses a template that does not exist.',
  escalationWithoutTemplate: 'The escalation of task “{{name}}” notifies the task manager, but has no template.',
  escalationNobody: 'The escalation of task “{{name}}” reassigns the task to nobody.',
  escalationActionNotOfTask: 'The escalation of task “{{name}}” takes an action that is not one of this task’s.',
  escalationActionNotAutomatic: 'The escalation of task “{{name}}” takes action “{{action}}”, which is not automatic.',
  replyWordShared:
    'In a reply to a mail of task “{{name}}”, {{words}} name more than one action ({{actions}}): such a reply is not understood. Give the actions words of their own.',
  recipientsWithoutEmail: 'No e-mail address for {{names}}, among the recipients of “{{name}}”.',
} as const;

export type FindingCode = keyof typeof findingMessages;

/** The English sentence of a finding, for the API and logs. */
export const describeFinding = (f: Finding): string =>
  findingMessages[f.code].replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(f.params[key] ?? ''));
