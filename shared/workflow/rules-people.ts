import { resolveUserEmail } from '../directory/email-resolution';
import type { User } from '../model/directory';
import type { Addressee } from '../model/message-setting';
import type { Destination, WorkflowNode } from '../model/workflow-nodes';
import type { Run } from './context';
import type { FindingCode } from './findings';
import { messageSites } from './message-sites';

type Who = Destination | Addressee;

/** The users a destination or addressee names before any item exists; problems where it names nobody. */
function peopleOf(
  run: Run,
  who: Who,
  at: WorkflowNode,
): { users: User[]; problem?: [FindingCode, Record<string, string>] } {
  switch (who.type) {
    case 'users': {
      if (who.userIds.length === 0) return { users: [], problem: ['nobodyNoUsers', {}] };
      const missing = who.userIds.find((id) => !run.user(id));
      if (missing) return { users: [], problem: ['nobodyUnknownUser', { id: missing }] };
      return { users: who.userIds.map((id) => run.user(id)!) };
    }
    case 'role': {
      const role = run.ctx.directory.roles.find((r) => r.id === who.roleId);
      if (!role) return { users: [], problem: ['nobodyUnknownRole', { id: who.roleId }] };
      const members = run.roleMembers(role.id);
      return members.length ? { users: members } : { users: [], problem: ['nobodyEmptyRole', { role: role.name }] };
    }
    case 'taskManager': {
      const manager = run.workflow.taskManagerUserId ? run.user(run.workflow.taskManagerUserId) : undefined;
      return manager ? { users: [manager] } : { users: [], problem: ['nobodyNoTaskManager', {}] };
    }
    case 'userField': {
      const type = run.itemType;
      if (type && !type.fields.some((f) => f.key === who.field && f.type === 'user')) {
        return { users: [], problem: ['nobodyNoUserField', { field: who.field, itemType: type.name }] };
      }
      return { users: [] };
    }
    case 'taskUsers': {
      const task = at.kind === 'task' ? at : at.kind === 'action' ? run.index.taskOf(at.id) : undefined;
      if (!task) return { users: [], problem: ['nobodyNoTask', {}] };
      return { users: task.destinations.flatMap((d) => peopleOf(run, d, task).users) };
    }
    default:
      // submitter, contactField: known only once an item or record exists.
      return { users: [] };
  }
}

/** Every task is for somebody; every destination and addressee resolves to somebody. */
export function checkDestinations(run: Run): void {
  for (const node of run.nodes) {
    if (node.kind !== 'task') continue;
    if (node.destinations.length === 0) run.error('taskWithoutDestination', node);
    for (const destination of node.destinations) {
      const { problem } = peopleOf(run, destination, node);
      if (problem) run.error(problem[0], node, problem[1]);
    }
  }
}

/** Messages reach somebody, are seen in the task list, and their people have an e-mail address. */
export function checkRecipients(run: Run): void {
  for (const site of messageSites(run)) {
    const recipients = new Map<string, User>();
    for (const addressee of site.addressees) {
      const { users, problem } = peopleOf(run, addressee, site.node);
      if (problem) run.error(problem[0], site.node, problem[1]);
      for (const user of users) recipients.set(user.id, user);
      if (addressee.type === 'taskUsers') {
        const task =
          site.node.kind === 'task'
            ? site.node
            : site.node.kind === 'action'
              ? run.index.taskOf(site.node.id)
              : undefined;
        if (task && task.destinations.length > 0 && !task.destinations.some((d) => d.showInTaskList))
          run.warning('messageNotShownInTaskList', site.node);
      }
    }
    if (site.addressees.length === 0) run.error('nobodyNoUsers', site.node);
    const channel = site.channel ?? run.template(site.templateId)?.channel ?? 'email';
    if (channel === 'inbox') continue;
    const unreachable = [...recipients.values()].filter((u) => !resolveUserEmail(run.ctx.directory, u).address);
    if (unreachable.length)
      run.warning('recipientsWithoutEmail', site.node, { names: unreachable.map((u) => u.name).join(', ') });
  }
}
