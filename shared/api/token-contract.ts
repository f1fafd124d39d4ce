import { z } from 'zod';
import { Id, Text } from '../model/common';
import { Scope } from './caller';
import { ApiToken } from '../model/settings';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** What may be shown of a token: never the token, never its hash. */
export const ApiTokenInfo = ApiToken.omit({ hash: true });
export type ApiTokenInfo = z.infer<typeof ApiTokenInfo>;

export const ApiTokenList = z.object({
  /** Where the external API v1 listens (e.g. http://127.0.0.1:4720/api/v1); absent while it does not run. */
  baseUrl: z.string().optional(),
  tokens: z.array(ApiTokenInfo),
  /** Tokens the update made integration tokens with every right (admin), until an administrator has read it. */
  migrated: z.array(Id).optional(),
});

/**
 * A token acts as its owner (what that user may, no more), or is an integration token with the
 * scopes named; exactly one of the two.
 */
export const NewApiToken = z
  .object({
    name: Text,
    ownerUserId: Id.optional(),
    scopes: z.array(Scope).min(1, 'names no right').max(Scope.options.length).optional(),
  })
  .strict()
  .refine((t) => (t.ownerUserId === undefined) !== (t.scopes === undefined), {
    message: 'needs an owner or scopes, not both',
    path: ['scopes'],
  });

/** Tokens for the external API v1 (Settings → API). */
export const tokenContract = {
  'apiTokens.list': method(z.object({}).strict(), ApiTokenList),
  /** The token is in this answer only; Stroomlijn keeps its hash. */
  'apiTokens.create': method(NewApiToken, z.object({ token: z.string(), info: ApiTokenInfo })),
  'apiTokens.revoke': method(z.object({ id: Id }).strict(), z.object({ revoked: z.literal(true) })),
  /** The administrator has read that older tokens became integration tokens with every right. */
  'apiTokens.dismissMigrated': method(z.object({}).strict(), z.object({ dismissed: z.literal(true) })),
} as const;
