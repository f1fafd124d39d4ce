import type { Run } from './context';

/**
 * A task's escalation (issue 16) needs a deadline to start from; its templates exist; a reassignment
 * names existing users; an automatic action it takes is one of the task's own and is automatic.
 */
export function checkEscalations(run: Run): void {
  for (const node of run.nodes) {
    if (node.kind !== 'task' || !node.escalation) continue;
    const { remindTemplateId } = node.escalation;
    if (!node.deadline) run.error('escalationWithoutDeadline', node);
    if (remindTemplateId && !run.template(remindTemplateId)) run.error('escalationTemplateNotFound', node);
    for (const then of node.escalation.then) {
      switch (then.type) {
        case 'notifyManager':
          if (!then.templateId) run.error('escalationWithoutTemplate', node);
          else if (!run.template(then.templateId)) run.error('escalationTemplateNotFound', node);
          if (!run.workflow.taskManagerUserId) run.error('nobodyNoTaskManager', node);
          break;
        case 'reassign': {
          if (then.userIds.length === 0) run.error('escalationNobody', node);
          const missing = then.userIds.find((id) => !run.user(id));
          if (missing) run.error('nobodyUnknownUser', node, { id: missing });
          break;
        }
        case 'action': {
          const action = run.index.actionsOf(node.id).find((a) => a.id === then.actionNodeId);
          if (!action) run.error('escalationActionNotOfTask', node);
          else if (action.mode !== 'automatic')
            run.error('escalationActionNotAutomatic', node, { action: action.label });
          break;
        }
        default: {
          const never: never = then;
          throw new Error(`unknown escalation ${String(never)}`);
        }
      }
    }
  }
}
