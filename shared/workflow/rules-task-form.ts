import type { Run } from './context';

/**
 * A task's form names fields of the workflow's item type, and the actions it requires a field
 * before are the task's own (a field removed from the type, or an action deleted, leaves it wrong).
 */
export function checkTaskForms(run: Run): void {
  for (const node of run.nodes) {
    if (node.kind !== 'task') continue;
    const actions = new Set(run.index.actionsOf(node.id).map((a) => a.id));
    for (const f of node.form ?? []) {
      const known = !run.itemType || run.itemType.fields.some((d) => d.key === f.field);
      if (!known) run.error('taskFormUnknownField', node, { field: f.field, itemType: run.itemType!.name });
      if (f.mode === 'required' && f.actions?.some((a) => !actions.has(a))) {
        run.error('taskFormUnknownAction', node, { field: f.field });
      }
    }
  }
}
