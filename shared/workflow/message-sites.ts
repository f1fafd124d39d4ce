import type { Addressee } from '../model/message-setting';
import type { Channel } from '../model/template';
import type { WorkflowNode } from '../model/workflow-nodes';
import type { Run } from './context';

/** A place where the workflow sends a message: on start, on entering a task, on an action, a notify step. */
export interface MessageSite {
  node: WorkflowNode;
  templateId?: string;
  addressees: Addressee[];
  channel?: Channel;
}

export function messageSites(run: Run): MessageSite[] {
  const sites: MessageSite[] = [];
  for (const node of run.nodes) {
    if (node.kind === 'notify')
      sites.push({ node, templateId: node.templateId, addressees: node.to, channel: node.channel });
    else if ((node.kind === 'start' || node.kind === 'task' || node.kind === 'action') && node.message?.enabled) {
      sites.push({
        node,
        templateId: node.message.templateId,
        addressees: [node.message.addressee],
        channel: node.message.channel,
      });
    }
  }
  return sites;
}
