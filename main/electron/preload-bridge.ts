import { API_METHODS_ARG, ipcChannel } from '@shared/api/ipc';

/** The methods main named in the window's arguments. */
export const methodsFromArgv = (argv: readonly string[]): string[] =>
  (argv.find((a) => a.startsWith(API_METHODS_ARG))?.slice(API_METHODS_ARG.length) ?? '').split(',').filter(Boolean);

/** One function per API method, each invoking only its own channel. No raw IPC is exposed. */
export function buildBridge(methods: readonly string[], invoke: (channel: string, input: unknown) => Promise<unknown>) {
  return Object.freeze(Object.fromEntries(methods.map((m) => [m, (input: unknown) => invoke(ipcChannel(m), input)])));
}
