import type { App } from '../app';
import { type ApiServer, startApiServer } from '../http/api-server';
import { firstTokenNotice } from './first-token';

/**
 * The desktop app's API v1 server. A port that is taken costs the API, not the app: it says so
 * and carries on. On the first start it prints the first token.
 */
export async function startDesktopApi(app: App, options: { port: number; version: string; print?: (line: string) => void; log?: (message: string) => void }): Promise<ApiServer | null> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const log = options.log ?? console.error;
  try {
    const server = await startApiServer({ dispatch: app.dispatch, tokens: app.apiTokens, version: options.version, port: options.port, log });
    if (app.firstApiToken) print(firstTokenNotice(app.firstApiToken, server.baseUrl));
    return server;
  } catch (error) {
    log(`The API v1 could not listen on 127.0.0.1:${options.port}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
