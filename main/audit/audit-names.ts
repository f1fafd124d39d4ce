import type { Caller } from '@shared/api/caller';
import type { AuditFacts } from '@shared/audit/audit-rules';
import { entryLabel } from '@shared/directory/names';
import type { AuditActor } from '@shared/model/audit';
import type { Database } from '@shared/model/database';
import type { DirectoryEntry } from '@shared/model/directory';
import { workflowById } from '@shared/workflow/queries';

/**
 * Names as they are now, for an audit entry: whoever is renamed or removed later, the entry keeps
 * what it was called when it happened. Ids that name nothing are kept as they are.
 */
export function createAuditNames(
  db: () => Database,
  itemLabel: (id: string) => Promise<string | undefined>,
  userOfLogin: (login: string) => string | undefined,
) {
  const userName = (id: string) => db().directory.users.find((u) => u.id === id)?.name ?? id;
  const tokenName = (id: string) => db().settings.apiTokens.find((t) => t.id === id)?.name ?? id;

  return {
    userName,
    userOfLogin,

    /** A user in words, as the actor of what they did before the call knew them (a sign-in). */
    user: (userId: string): AuditActor => ({ kind: 'user', userId, name: userName(userId) }),

    /** Who a caller is, in words (a token acting as its owner names both). */
    actor(caller: Caller): AuditActor {
      switch (caller.kind) {
        case 'anonymous':
          return { kind: 'anonymous', name: '' };
        case 'user':
          return {
            kind: 'user',
            userId: caller.userId,
            name: userName(caller.userId),
            ...(caller.tokenId ? { tokenId: caller.tokenId, tokenName: tokenName(caller.tokenId) } : {}),
          };
        case 'integration':
          return { kind: 'integration', tokenId: caller.tokenId, name: tokenName(caller.tokenId) };
        default: {
          const never: never = caller;
          return never;
        }
      }
    },

    /** What the facts name, in words: the first of the ids they carry (a rule names one). */
    async target(facts: AuditFacts): Promise<string | undefined> {
      if (facts.target !== undefined) return facts.target;
      const d = db();
      if (facts.workflowId) return workflowById(d.workflows, facts.workflowId)?.name ?? facts.workflowId;
      if (facts.itemId) return (await itemLabel(facts.itemId)) ?? facts.itemId;
      if (facts.userId) return userName(facts.userId);
      if (facts.tokenId) return tokenName(facts.tokenId);
      if (facts.itemTypeId) return d.itemTypes.find((t) => t.id === facts.itemTypeId)?.name ?? facts.itemTypeId;
      if (facts.templateId) return d.templates.find((t) => t.id === facts.templateId)?.name ?? facts.templateId;
      if (facts.entry) {
        const { kind, id } = facts.entry;
        const entry = (d.directory[kind] as DirectoryEntry[]).find((e) => e.id === id);
        return entry ? entryLabel(kind, entry, d.directory) : id;
      }
      return undefined;
    },
  };
}

export type AuditNames = ReturnType<typeof createAuditNames>;
