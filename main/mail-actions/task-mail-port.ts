import type { Clock } from '../clock';
import { DEFAULT_ACTION_LINK_DAYS } from '@shared/model/settings';
import { ACTION_LINK_PATH, actionToken } from './action-links';
import type { MailActionKey } from './mail-action-key';
import type { TaskMailBinding, TaskMailPort } from './task-mail';

export interface TaskMailPortDeps {
  key: MailActionKey;
  clock: Clock;
  /** Where colleagues reach the app: the office network's address when it is on, else this PC's. */
  linkBase(): string | undefined;
  /** How many days a link works (Settings; DEFAULT_ACTION_LINK_DAYS when not set). */
  linkDays(): number | undefined;
  /** The reply address of a task mail, while a replies mailbox is set. */
  replyTo?(binding: TaskMailBinding): string | undefined;
}

/** Signed, expiring links to each action's confirmation page, and the reply address, for one user's task mail. */
export function createTaskMailPort(deps: TaskMailPortDeps): TaskMailPort {
  return (binding, offered) => {
    const base = deps.linkBase();
    const days = deps.linkDays() ?? DEFAULT_ACTION_LINK_DAYS;
    const expiresAt = new Date(deps.clock.now().getTime() + days * 86_400_000).toISOString();
    const actions = base
      ? offered.map((a) => ({
          label: a.label,
          url: `${base}${ACTION_LINK_PATH}${actionToken(deps.key, { ...binding, actionNodeId: a.id, expiresAt })}`,
        }))
      : [];
    const replyTo = deps.replyTo?.(binding);
    return { actions, ...(replyTo ? { replyTo } : {}) };
  };
}
