import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openTestApp, type TestApp } from './app';
import type { OfficeNetworkStatus } from '@shared/api/office-contract';
import { fakeClock } from './clock';
import { freePort, httpsRequest } from './https';
import { useTempDirs } from './temp-dir';

/** Two loopback addresses stand in for the office PC's network cards. */
export const officeAddresses = ['127.0.0.1', '127.0.0.2'];
export const officeNames = ['kantoor-pc', '127.0.0.1', '127.0.0.2'];

export interface OfficeTestApp {
  app: TestApp;
  dataDir: string;
  /** A port that was free when the test began; the office network is turned on there. */
  port: number;
  call<T>(method: string, input?: unknown): Promise<T>;
  status(): Promise<OfficeNetworkStatus>;
  turnOn(extra?: object): Promise<OfficeNetworkStatus>;
  /** GET a path over the office network from `address`, naming `host`. */
  get(path: string, address?: string, host?: string): ReturnType<typeof httpsRequest>;
  /** The office network's settings as stroomlijn.json holds them. */
  saved(): unknown;
  /** Close the app and open it again on the same folder. */
  reopen(): Promise<void>;
  /** Open the app on the test's folder (after the test closed it). */
  open(): Promise<TestApp>;
}

/**
 * The real app on a fresh data folder for each test, with a small built renderer and the office
 * network listening (once turned on) on the two loopback addresses only.
 */
export function useOfficeTestApp(): OfficeTestApp {
  const tempDir = useTempDirs();
  let rendererDir = '';
  const open = (dataDir: string) =>
    openTestApp(dataDir, fakeClock('2026-11-26T10:00:00.000Z'), { rendererDir, officeAddresses });
  const ctx = {
    call: <T>(method: string, input: unknown = {}) => ctx.app.dispatch(method, input) as Promise<T>,
    status: () => ctx.call<OfficeNetworkStatus>('officeNetwork.get'),
    turnOn: (extra: object = {}) =>
      ctx.call<OfficeNetworkStatus>('officeNetwork.update', {
        enabled: true,
        port: ctx.port,
        hostNames: officeNames,
        ...extra,
      }),
    get: (path: string, address = '127.0.0.1', host = `kantoor-pc:${ctx.port}`) =>
      httpsRequest(address, ctx.port, path, { headers: { host } }),
    saved: () => JSON.parse(readFileSync(join(ctx.dataDir, 'stroomlijn.json'), 'utf8')).settings.officeNetwork,
    async reopen() {
      await ctx.app.close();
      ctx.app = await open(ctx.dataDir);
    },
    open: () => open(ctx.dataDir),
  } as OfficeTestApp;
  beforeEach(async () => {
    ctx.dataDir = tempDir();
    rendererDir = tempDir('renderer');
    mkdirSync(join(rendererDir, 'assets'));
    const page = '<!doctype html><html><head><title>Stroomlijn</title></head><body></body></html>';
    writeFileSync(join(rendererDir, 'index.html'), page);
    writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log(1)');
    ctx.port = await freePort();
    ctx.app = await open(ctx.dataDir);
  });
  afterEach(async () => {
    await ctx.app.close();
  });
  return ctx;
}
