import { type App, type AppOptions, createApp } from '../../main/app';
import type { Call } from '../../main/api/call';
import { userCaller } from '../../main/auth/callers';
import type { Caller } from '@shared/api/caller';
import { fakeClock } from './clock';
import { resourcesDir } from './paths';

let counter = 0;

/** One API call, made as the caller the handle stands for. */
export type AsDispatch = (method: string, input: unknown) => Promise<unknown>;

/** The sample directory's administrator (also the task manager of the approval workflow). */
export const SAMPLE_ADMIN = 'user-anna';

/**
 * The real app, with handles that call it as someone: `dispatch` as the sample administrator,
 * `as(userId)` as any directory user (admin as the directory says at the moment of the call, as
 * a transport would make the caller), `asCaller` as any caller. `core` is the app as the
 * transports get it.
 */
export interface TestApp extends Omit<App, 'dispatch'> {
  core: App;
  dispatch: AsDispatch;
  as(userId: string): { dispatch: AsDispatch };
  asCaller(caller: Caller): { dispatch: AsDispatch };
}

/** A call on this computer (like the desktop window), with no session to keep. */
const callOf = (caller: Caller): Call => ({ caller, address: 'test', local: true });

export function withCallers(core: App): TestApp {
  const asCaller = (caller: Caller) => ({
    dispatch: (method: string, input: unknown) => core.dispatch(callOf(caller), method, input),
  });
  const as = (userId: string) => ({
    dispatch: (method: string, input: unknown) => {
      const caller = userCaller(core.store.data, userId, 'session');
      if (!caller) throw new Error(`the test calls as ${userId}, who is not in the directory`);
      return core.dispatch(callOf(caller), method, input);
    },
  });
  return { ...core, core, dispatch: as(SAMPLE_ADMIN).dispatch, as, asCaller };
}

/**
 * The real app (store on disk, services, dispatch) in `dataDir`, with a fake clock and readable ids.
 * Its office network, if a test turns it on, listens on loopback only.
 */
export const openTestApp = async (
  dataDir: string,
  clock = fakeClock(),
  options: Pick<AppOptions, 'smtpUrl' | 'rendererDir' | 'officeAddresses'> = {},
) =>
  withCallers(
    await createApp({
      dataDir,
      resourcesDir,
      host: 'browser',
      version: '0.0.0-test',
      clock,
      newId: () => `id-${++counter}`,
      backgroundTimers: false,
      officeAddresses: ['127.0.0.1'],
      ...options,
    }),
  );
