import { assertNever } from '../assert-never';
import { conditionHolds } from '../engine/conditions';
import { type Recipient, resolveAddressee } from '../messages/recipients';
import type { Database } from '../model/database';
import type { Addressee } from '../model/message-setting';
import type { Channel } from '../model/template';
import type { WorkflowGraph } from '../model/workflow';
import { DEFAULT_BRANCH, GraphIndex } from '../workflow/graph';

/** One message a coming run (or a run that waits) will send when its time comes. */
export interface PlannedMessage {
  nodeId: string;
  templateId?: string;
  templateName?: string;
  channel: Channel;
  /** Who it reaches with the record's fields as they are now: name and address, or why it skips them. */
  to: { name: string; email?: string; skip?: SkipReason }[];
}

type SkipReason = NonNullable<Recipient['skip']>;

/** A recipient as the schedule shows it: the address the mail goes to, or why none goes (no address, no consent). */
const plannedRecipient = (r: Recipient): PlannedMessage['to'][number] =>
  r.skip ? { name: r.name, skip: r.skip } : { name: r.name, ...(r.email ? { email: r.email } : {}) };

/**
 * The messages a run sends from `from` on (a start, or the step after a wait) until it stops at a
 * task or wait: notify steps and messages on entering a task, following condition branches as the
 * fields stand now. What the schedule view shows as "which template, to whom".
 */
export function messagesFrom(
  db: Database,
  graph: WorkflowGraph,
  from: string,
  fields: Record<string, unknown>,
  submitterUserId?: string,
): PlannedMessage[] {
  const index = GraphIndex.of(graph);
  const out: PlannedMessage[] = [];
  const seen = new Set<string>();
  const reach = (
    nodeId: string,
    addressees: readonly Addressee[],
    templateId: string | undefined,
    channel: Channel,
    taskDestinations = [] as never[],
  ) => {
    const template = db.templates.find((t) => t.id === templateId);
    const context = { directory: db.directory, submitterUserId, fields, taskDestinations };
    const to = addressees.flatMap((a) => resolveAddressee(a, context)).map(plannedRecipient);
    out.push({
      nodeId,
      ...(templateId ? { templateId } : {}),
      ...(template ? { templateName: template.name } : {}),
      channel: channel ?? template?.channel ?? 'email',
      to,
    });
  };
  const visit = (id: string, handle?: string) => {
    for (const edge of index.outgoing(id)) {
      if (handle !== undefined && (edge.sourceHandle ?? DEFAULT_BRANCH) !== handle) continue;
      step(edge.target);
    }
  };
  const step = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const node = index.byId.get(id);
    if (!node) return;
    switch (node.kind) {
      case 'notify':
        reach(node.id, node.to, node.templateId, node.channel);
        return visit(node.id);
      case 'task':
        if (node.message?.enabled)
          reach(node.id, [node.message.addressee], node.message.templateId, 'email', node.destinations as never[]);
        return;
      case 'wait':
      case 'end':
        return;
      case 'condition': {
        const branch = node.branches.find((b) => conditionHolds(b.condition, fields));
        return visit(node.id, branch?.id ?? DEFAULT_BRANCH);
      }
      case 'start':
      case 'action':
      case 'createTask':
      case 'webhook':
      case 'setField':
        return visit(node.id);
      default:
        return assertNever(node);
    }
  };
  const start = index.byId.get(from);
  if (start?.kind === 'start' && start.message?.enabled)
    reach(start.id, [start.message.addressee], start.message.templateId, 'email');
  visit(from);
  return out;
}
