import { keywordsOf, type ReplyAction } from '../mail-actions/reply-keywords';
import type { Run } from './context';

/**
 * A reply to a task mail takes the one action its first word names (issue 14). A word two manual
 * actions of a task answer to takes neither, so a reply with it is not understood: said here, in the
 * editor, instead of by the answer to someone's reply. Warned only for words someone chose (an
 * action's own words or its whole label), not for two actions of one role sharing that role's words.
 */
export function checkReplyWords(run: Run): void {
  for (const task of run.nodes) {
    if (task.kind !== 'task') continue;
    const actions: ReplyAction[] = run.index
      .actionsOf(task.id)
      .filter((a) => a.mode === 'manual')
      .map((a) => ({
        id: a.id,
        label: a.label,
        role: a.role,
        ...(a.replyKeywords ? { replyKeywords: a.replyKeywords } : {}),
      }));
    if (actions.length < 2) continue;
    const chosen = (a: ReplyAction) =>
      new Set([a.label, ...(a.replyKeywords ?? [])].map((w) => w.trim().toLocaleUpperCase('nl')));
    const owners = new Map<string, ReplyAction[]>();
    for (const action of actions)
      for (const word of keywordsOf(action, run.workflow.language))
        owners.set(word, [...(owners.get(word) ?? []), action]);
    // Actions that are all named alike (a new one's default label) are a naming matter, not a reply word chosen twice.
    const alike = (named: ReplyAction[]) => named.every((a) => a.label === named[0]!.label && !a.replyKeywords?.length);
    const shared = [...owners].filter(
      ([word, named]) => named.length > 1 && !alike(named) && named.some((a) => chosen(a).has(word)),
    );
    if (shared.length === 0) continue;
    const actionLabels = [...new Set(shared.flatMap(([, named]) => named.map((a) => a.label)))];
    run.warning('replyWordShared', task, {
      words: shared.map(([word]) => word).join(', '),
      actions: actionLabels.join(', '),
    });
  }
}
