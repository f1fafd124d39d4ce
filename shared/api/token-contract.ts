import { z } from 'zod';
import { Id, Text } from '../model/common';
import { ApiToken } from '../model/settings';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** What may be shown of a token: never the token, never its hash. */
export const ApiTokenInfo = ApiToken.omit({ hash: true });
export type ApiTokenInfo = z.infer<typeof ApiTokenInfo>;

export const ApiTokenList = z.object({
  /** Where the external API v1 listens (e.g. http://127.0.0.1:4720/api/v1); absent while it does not run. */
  baseUrl: z.string().optional(),
  tokens: z.array(ApiTokenInfo),
});

/** Tokens for the external API v1 (Settings → API). */
export const tokenContract = {
  'apiTokens.list': method(z.object({}).strict(), ApiTokenList),
  /** The token is in this answer only; Stroomlijn keeps its hash. */
  'apiTokens.create': method(z.object({ name: Text }).strict(), z.object({ token: z.string(), info: ApiTokenInfo })),
  'apiTokens.revoke': method(z.object({ id: Id }).strict(), z.object({ revoked: z.literal(true) })),
} as const;
