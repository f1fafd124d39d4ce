import type { ApiInput, ApiMethod, ApiOutput } from './contract';

/** Carries one call to main/ and back; throws ApiError on failure. */
export type Transport = (method: ApiMethod, input: unknown) => Promise<unknown>;

/** Methods whose input may be left out entirely (every field optional). */
type InputArgs<M extends ApiMethod> = Record<string, never> extends ApiInput<M> ? [ApiInput<M>?] : [ApiInput<M>];

export interface ApiClient {
  call<M extends ApiMethod>(method: M, ...input: InputArgs<M>): Promise<ApiOutput<M>>;
}

/** A typed client over any transport. The renderer cannot tell which transport it has. */
export const createApiClient = (transport: Transport): ApiClient => ({
  call: (method, ...input) => transport(method, input[0] ?? {}) as never,
});
