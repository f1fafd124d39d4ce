import type { TaskMailBinding } from './task-mail';
import type { MailActionKey } from './mail-action-key';

/** Where a task-mail link leads: `<base>/act/<token>`. */
export const ACTION_LINK_PATH = '/act/';

/** What a link stands for: one user taking one action of one visit of a task, until it expires. */
export interface ActionGrant extends TaskMailBinding {
  actionNodeId: string;
  expiresAt: string;
}

/** The fields of a grant in the order a token carries them. */
type Packed = [
  itemId: string,
  taskNodeId: string,
  enteredAt: string,
  userId: string,
  actionNodeId: string,
  expiresAt: string,
];

const pack = (g: ActionGrant): Packed => [g.itemId, g.taskNodeId, g.enteredAt, g.userId, g.actionNodeId, g.expiresAt];

/**
 * The token of a link: the grant itself (base64url JSON) and its signature, so the link needs no
 * store to be checked and cannot be changed or made up. Single use is the used-links ledger's to say.
 */
export function actionToken(key: MailActionKey, grant: ActionGrant): string {
  const body = Buffer.from(JSON.stringify(pack(grant))).toString('base64url');
  return `${body}.${key.sign('link', body)}`;
}

/** The grant a token stands for, or null when it is not one of ours (made up, changed, cut short). */
export function grantOf(key: MailActionKey, token: string): ActionGrant | null {
  const match = /^([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{16,64})$/.exec(token);
  if (!match || !key.verify('link', match[1]!, match[2]!)) return null;
  try {
    const packed = JSON.parse(Buffer.from(match[1]!, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(packed) || packed.length !== 6 || !packed.every((v) => typeof v === 'string')) return null;
    const [itemId, taskNodeId, enteredAt, userId, actionNodeId, expiresAt] = packed as Packed;
    return { itemId, taskNodeId, enteredAt, userId, actionNodeId, expiresAt };
  } catch {
    return null;
  }
}

/** A token's signature: what the used-links ledger keeps (the token itself would be a working link). */
export const tokenId = (token: string): string => token.slice(token.lastIndexOf('.') + 1);
