import { Run, type ValidationContext, type WorkflowUnderTest } from './context';
import type { Finding } from './findings';
import { checkRecipients, checkDestinations } from './rules-people';
import { checkMessages, checkTaskMessages } from './rules-messages';
import { checkCycles, checkRequiredActions, checkStructure } from './rules-structure';
import { checkTaskForms } from './rules-task-form';
import { checkEscalations } from './rules-escalation';
import { checkReplyWords } from './rules-reply-words';

/** Every error and warning of DESIGN.md §4 for a workflow: errors first, in the order of the nodes. */
export function validateWorkflow(workflow: WorkflowUnderTest, ctx: ValidationContext): Finding[] {
  const run = new Run(workflow, ctx);
  checkStructure(run);
  checkRequiredActions(run);
  checkCycles(run);
  checkDestinations(run);
  checkMessages(run);
  checkTaskMessages(run);
  checkRecipients(run);
  checkTaskForms(run);
  checkEscalations(run);
  checkReplyWords(run);
  const order = new Map(workflow.graph.nodes.map((n, i) => [n.id, i]));
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : 1e9) + (f.nodeId ? (order.get(f.nodeId) ?? 0) : -1);
  return run.findings.sort((a, b) => rank(a) - rank(b));
}

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');
