import { apiContract, type ApiHandlers, isApiMethod } from '../../shared/api/contract';
import { ApiError, type Envelope } from '../../shared/api/errors';
import { toIssues } from '../../shared/model/parse';

export type Dispatch = (method: string, input: unknown) => Promise<unknown>;

/**
 * The one entry point both transports call: checks the method exists, validates the input
 * against the contract (an error lists each bad field), runs the handler and checks its output.
 */
export function createDispatch(handlers: ApiHandlers, log: (message: string) => void = console.error): Dispatch {
  return async (method, input) => {
    if (!isApiMethod(method)) throw new ApiError('unknown_method', `There is no API method "${method}".`);
    const spec = apiContract[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) throw ApiError.invalidInput(`Invalid input for ${method}`, toIssues(parsed.error));
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    const output = await handler(parsed.data);
    const checked = spec.output.safeParse(output);
    if (!checked.success) {
      log(`${method} returned output that breaks the contract: ${JSON.stringify(toIssues(checked.error))}`);
      throw new ApiError('internal', `${method} failed inside Stroomlijn.`);
    }
    return checked.data;
  };
}

/** Turn anything thrown into an ApiError; unexpected errors are logged and not shown in detail. */
export function asApiError(error: unknown, log: (message: string) => void = console.error): ApiError {
  if (error instanceof ApiError) return error;
  log(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return new ApiError('internal', 'Something went wrong inside Stroomlijn; the details are in its log.');
}

/** Dispatch and wrap the result for transports that carry errors as data (IPC). */
export async function dispatchToEnvelope(dispatch: Dispatch, method: string, input: unknown): Promise<Envelope> {
  try {
    return { ok: true, value: await dispatch(method, input) };
  } catch (error) {
    return { ok: false, error: asApiError(error).toBody() };
  }
}
