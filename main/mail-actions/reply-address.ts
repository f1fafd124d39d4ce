import type { MailActionKey } from './mail-action-key';
import type { TaskMailBinding } from './task-mail';

/** Characters of a reply token: 80 bits, lower-case hex (mail servers may change the case of an address). */
const TOKEN_LENGTH = 20;

const bindingText = (b: TaskMailBinding) => [b.itemId, b.taskNodeId, b.enteredAt, b.userId].join('\n');

/** The token of one user's task mail for one visit of the task: the same whenever it is made again. */
export const replyToken = (key: MailActionKey, binding: TaskMailBinding): string =>
  key.hex('reply', bindingText(binding), TOKEN_LENGTH);

/**
 * The Reply-To of a task mail: the replies mailbox's address with the mail's token after a "+"
 * (`workflow+3f9a…@kantoor.nl`, which most mail servers deliver to `workflow@kantoor.nl`).
 */
export function replyAddress(key: MailActionKey, mailbox: string, binding: TaskMailBinding): string {
  const at = mailbox.lastIndexOf('@');
  return `${mailbox.slice(0, at)}+${replyToken(key, binding)}${mailbox.slice(at)}`;
}

/** The tokens in the addresses a reply was sent to (To, Cc, Delivered-To): `local+<token>@…`. */
export function replyTokensIn(addresses: readonly string[]): string[] {
  const found = addresses.flatMap((a) => {
    const match = /\+([0-9a-f]{20})@/i.exec(a);
    return match ? [match[1]!.toLowerCase()] : [];
  });
  return [...new Set(found)];
}
