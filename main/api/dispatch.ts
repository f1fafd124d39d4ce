import { refusal } from '@shared/api/access';
import { apiContract, type ApiMethod, isApiMethod } from '@shared/api/contract';
import type { Caller } from '@shared/api/caller';
import { ApiError, type Envelope } from '@shared/api/errors';
import { toIssues } from '@shared/model/parse';
import type { ApiHandlers, Call } from './call';

export type Dispatch = (call: Call, method: string, input: unknown) => Promise<unknown>;

/** Refuse a caller who may not call `method` at all (methodAccess): 401 for nobody, 403 for not allowed. */
export function checkAccess(method: ApiMethod, caller: Caller): void {
  const refused = refusal(method, caller);
  if (refused === 'unauthorized') throw ApiError.because('unauthorized', 'signInFirst');
  if (refused === 'forbidden' && caller.kind === 'user' && caller.mustChangePassword) {
    throw ApiError.because('forbidden', 'choosePasswordFirst');
  }
  if (refused === 'forbidden') throw ApiError.because('forbidden', 'notAllowed', { method });
}

/**
 * The one entry point every transport calls: checks the method exists and that the caller may call
 * it (methodAccess: 401 for nobody, 403 for not allowed) before it reads the input, validates the
 * input against the contract (an error lists each bad field), runs the handler with the call and
 * checks its output.
 */
export function createDispatch(handlers: ApiHandlers, log: (message: string) => void = console.error): Dispatch {
  return async (call, method, input) => {
    if (!isApiMethod(method)) throw new ApiError('unknown_method', `There is no API method "${method}".`);
    checkAccess(method, call.caller);
    const spec = apiContract[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) throw ApiError.invalidInput(`Invalid input for ${method}`, toIssues(parsed.error));
    const handler = handlers[method] as (input: unknown, call: Call) => Promise<unknown>;
    const output = await handler(parsed.data, call);
    const checked = spec.output.safeParse(output);
    if (!checked.success) {
      log(`${method} returned output that breaks the contract: ${JSON.stringify(toIssues(checked.error))}`);
      throw new ApiError('internal', `${method} failed inside Stroomlijn.`, [], { reason: { key: 'internal' } });
    }
    return checked.data;
  };
}

/** Turn anything thrown into an ApiError; unexpected errors are logged and not shown in detail. */
export function asApiError(error: unknown, log: (message: string) => void = console.error): ApiError {
  if (error instanceof ApiError) return error;
  log(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return ApiError.because('internal', 'internal');
}

/** Dispatch and wrap the result for transports that carry errors as data (IPC). */
export async function dispatchToEnvelope(
  dispatch: Dispatch,
  call: Call,
  method: string,
  input: unknown,
): Promise<Envelope> {
  try {
    return { ok: true, value: await dispatch(call, method, input) };
  } catch (error) {
    return { ok: false, error: asApiError(error).toBody() };
  }
}
