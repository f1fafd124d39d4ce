import type { ApiInput, ApiMethod, ApiOutput } from './contract';

/** Carries one call to main/ and back; throws ApiError on failure. */
export type Transport = (method: ApiMethod, input: unknown) => Promise<unknown>;

export interface ApiClient {
  call<M extends ApiMethod>(method: M, ...input: {} extends ApiInput<M> ? [ApiInput<M>?] : [ApiInput<M>]): Promise<ApiOutput<M>>;
}

/** A typed client over any transport. The renderer cannot tell which transport it has. */
export const createApiClient = (transport: Transport): ApiClient => ({
  call: (method, ...input) => transport(method, input[0] ?? {}) as never,
});
