import type { Caller } from '@shared/api/caller';
import type { ApiMethod, ApiOutput, ApiParsedInput } from '@shared/api/contract';
import type { SessionKind } from '@shared/model/auth';

/**
 * Where a transport keeps the session of the person using it: the browser's cookie, or the
 * desktop window's session in main. A session's secret goes here, never into an answer.
 */
export interface SessionSlot {
  kind: SessionKind;
  /** The secret this request came with, if any. */
  current?: string;
  /** Keep a new session (sign-in, the first administrator). */
  keep(secret: string, expiresAt: string): void;
  /** Forget it (sign-out). */
  clear(): void;
}

/** One call as its transport saw it: who is asking (never from the input), from where, and its session. */
export interface Call {
  caller: Caller;
  /** Where it comes from, for the limits on sign-in attempts: an IP address, or "desktop". */
  address: string;
  /** From this computer: the desktop window, or the loopback browser host's own page (its per-start token). */
  local: boolean;
  /** Absent where the transport keeps no session (the API v1, which uses tokens). */
  session?: SessionSlot;
}

/** The implementation main/ provides: one async function per method, given the call. */
export type ApiHandlers = { [M in ApiMethod]: (input: ApiParsedInput<M>, call: Call) => Promise<ApiOutput<M>> };
