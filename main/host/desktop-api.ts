import type { App } from '../app';
import { type ApiServer, startApiServer } from '../http/api-server';

/**
 * The desktop app's API v1 server. A port that is taken costs the API, not the app: it says so
 * and carries on.
 */
export async function startDesktopApi(
  app: App,
  options: { port: number; version: string; log?: (message: string) => void },
): Promise<ApiServer | null> {
  const log = options.log ?? console.error;
  try {
    const { dispatch, callers, apiTokens: tokens, refused, idempotency, actionLinks } = app;
    const { version, port } = options;
    return await startApiServer({ dispatch, callers, tokens, refused, idempotency, version, port, log, actionLinks });
  } catch (error) {
    log(
      `The API v1 could not listen on 127.0.0.1:${options.port}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}
