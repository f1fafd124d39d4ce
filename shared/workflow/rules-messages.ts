import type { MessageTemplate } from '../model/template';
import type { Run } from './context';
import { messageSites } from './message-sites';

const allText = (t: MessageTemplate) =>
  Object.values(t.texts)
    .map((x) => `${x?.subject ?? ''}\n${x?.html ?? ''}\n${x?.text ?? ''}`)
    .join('\n');
const usesInternalReaction = (t: MessageTemplate) => /\bTask\.LastReaction\b/.test(allText(t));
const usesAnyReaction = (t: MessageTemplate) => /\bTask\.Last(External)?Reaction\b/.test(allText(t));

/** Every message has a template that exists and speaks the workflow's language. */
export function checkMessages(run: Run): void {
  const reported = new Set<string>();
  for (const site of messageSites(run)) {
    if (!site.templateId) {
      run.error('messageWithoutTemplate', site.node);
      continue;
    }
    const template = run.template(site.templateId);
    if (!template) {
      run.error('templateNotFound', site.node);
      continue;
    }
    if (!template.texts[run.workflow.language] && !reported.has(`lang:${template.id}`)) {
      reported.add(`lang:${template.id}`);
      run.error('templateMissingLanguage', site.node, { template: template.name, language: run.workflow.language });
    }
    if (template.audience === 'external' && usesInternalReaction(template) && !reported.has(`ext:${template.id}`)) {
      reported.add(`ext:${template.id}`);
      run.warning('externalTemplateInternalReaction', site.node, { template: template.name });
    }
  }
}

/** Info tasks inform by message; a required reaction should reach someone through a template. */
export function checkTaskMessages(run: Run): void {
  for (const node of run.nodes) {
    if (node.kind !== 'task') continue;
    if (node.infoTask && !node.message?.enabled) run.warning('infoTaskWithoutMessage', node);
    if (node.reactionRequired) {
      const templateIds = [node.message, ...run.index.actionsOf(node.id).map((a) => a.message)]
        .filter((m) => m?.enabled)
        .map((m) => m!.templateId);
      const used = templateIds.some((id) => {
        const template = run.template(id);
        return template !== undefined && usesAnyReaction(template);
      });
      if (!used) run.warning('reactionNotUsed', node);
    }
  }
}
