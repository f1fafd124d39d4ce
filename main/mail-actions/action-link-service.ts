import type { Language } from '@shared/model/common';
import type { Database } from '@shared/model/database';
import type { LinkPageState, LinkView } from '@shared/mail-actions/link-page';
import type { Clock } from '../clock';
import { type ActionGrant, grantOf, tokenId } from './action-links';
import type { MailAct } from './mail-act';
import type { MailActionKey } from './mail-action-key';
import type { UsedLinks } from './used-links';

export interface ActionLinkDeps {
  key: MailActionKey;
  clock: Clock;
  db(): Database;
  mailAct: MailAct;
  used: UsedLinks;
  log?: (message: string) => void;
}

/** A page to show and the language to show it in. */
export interface LinkAnswer {
  state: LinkPageState;
  language: Language;
}

/**
 * The links in task mails (issue 14): opening one (GET) only shows the item, the task and the
 * action and changes nothing, so a mail scanner that follows links acts on nothing; only the POST
 * of its page acts, once. A link is bound to its user, task visit and action, and expires.
 */
export function createActionLinks(deps: ActionLinkDeps) {
  const running = new Map<string, Promise<LinkAnswer>>();

  const languageOf = (grant: ActionGrant | null): Language => {
    const user = grant ? deps.db().directory.users.find((u) => u.id === grant.userId) : undefined;
    return user?.language ?? deps.db().settings.language ?? 'nl';
  };

  /** Where a link stands now, without changing anything. */
  function look(token: string): LinkAnswer & { grant?: ActionGrant } {
    const grant = grantOf(deps.key, token);
    const language = languageOf(grant);
    if (!grant) return { state: { kind: 'refused', why: 'invalid' }, language };
    const checked = deps.mailAct.check(grant, grant.actionNodeId);
    const view: LinkView | undefined = checked.ok
      ? {
          itemId: checked.item.id,
          number: checked.item.number,
          subject: checked.item.subject,
          taskTitle: checked.task.title,
          actionLabel: checked.action.label,
          reactionRequired: checked.task.reactionRequired,
        }
      : undefined;
    const refused = (why: Extract<LinkPageState, { kind: 'refused' }>['why']): LinkAnswer => ({
      state: { kind: 'refused', why, ...(view ? { view } : {}) },
      language,
    });
    if (deps.used.has(tokenId(token))) return refused('used');
    if (deps.clock.now().getTime() >= Date.parse(grant.expiresAt)) return refused('expired');
    if (!checked.ok) return refused(checked.why);
    return { state: { kind: 'open', view: view! }, language, grant };
  }

  async function takeNow(token: string, reaction: string): Promise<LinkAnswer> {
    const seen = look(token);
    if (seen.state.kind !== 'open' || !seen.grant) return seen;
    const { view } = seen.state;
    if (view.reactionRequired && !reaction.trim()) {
      return { state: { kind: 'open', view, missingReaction: true, reaction }, language: seen.language };
    }
    const outcome = await deps.mailAct.act(seen.grant, seen.grant.actionNodeId, reaction, { kind: 'link' });
    if (!outcome.ok) {
      if (outcome.why === 'reactionRequired')
        return { state: { kind: 'open', view, missingReaction: true, reaction }, language: seen.language };
      return { state: { kind: 'refused', why: outcome.why, view }, language: seen.language };
    }
    // The action is taken; a second POST finds the visit over even if this line were lost.
    await deps.used.add(tokenId(token), deps.clock.now().toISOString()).catch((error: unknown) => {
      deps.log?.(`A used task-mail link could not be written down: ${(error as Error).message}`);
    });
    return { state: { kind: 'done', view }, language: seen.language };
  }

  /** Take the link's action with a reaction; one at a time per link, so two quick clicks act once. */
  function take(token: string, reaction: string): Promise<LinkAnswer> {
    const id = tokenId(token);
    const previous = running.get(id) ?? Promise.resolve(undefined);
    const next = previous.then(() => takeNow(token, reaction));
    const settled = next.finally(() => {
      if (running.get(id) === settled) running.delete(id);
    });
    running.set(id, settled);
    return next;
  }

  return {
    look: (token: string): LinkAnswer => {
      const { state, language } = look(token);
      return { state, language };
    },
    take,
  };
}
export type ActionLinks = ReturnType<typeof createActionLinks>;
