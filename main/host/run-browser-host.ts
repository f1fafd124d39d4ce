import { createApp } from '../app';
import { startBrowserHost } from '../http/browser-host';
import type { HostOptions } from './options';
import { noticeLine } from './notice-line';

export interface Paths {
  rendererDir: string;
  resourcesDir: string;
  version: string;
}

/** Run the app with the browser host until SIGINT/SIGTERM, then finish pending writes and exit. */
export async function runBrowserHost(options: HostOptions, paths: Paths, print: (line: string) => void): Promise<void> {
  const app = await createApp({
    dataDir: options.dataDir,
    resourcesDir: paths.resourcesDir,
    rendererDir: paths.rendererDir,
    host: 'browser',
    version: paths.version,
    smtpUrl: process.env.SMTP_URL,
    ...(options.officeAddresses ? { officeAddresses: options.officeAddresses } : {}),
  });
  let host;
  try {
    host = await startBrowserHost({
      dispatch: app.dispatch,
      callers: app.callers,
      rendererDir: paths.rendererDir,
      port: options.port,
      actionLinks: app.actionLinks,
      apiV1: { tokens: app.apiTokens, version: paths.version, refused: app.refused, idempotency: app.idempotency },
    });
  } catch (error) {
    await app.close();
    throw error;
  }
  for (const notice of app.notices()) print(noticeLine(notice));
  print(`Stroomlijn is running at ${host.url}  (data: ${options.dataDir}; Ctrl+C stops it)`);
  print(`External API v1 at ${app.apiTokens.baseUrl} (documented at ${app.apiTokens.baseUrl}/openapi.json).`);
  // Its whole status (with the LAN names it suggests, some 40 ms) only when it listens:
  // the first page waits for this line.
  const office = app.officeNetwork.listeningPort() === null ? null : app.officeNetwork.status();
  if (office?.listening.length) print(`The office network is on: colleagues open ${office.urls.join(' or ')}`);
  const stop = async () => {
    await host.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
