import { type AppOptions, createApp } from '../../main/app';
import { fakeClock } from './clock';
import { resourcesDir } from './paths';

let counter = 0;

/**
 * The real app (store on disk, services, dispatch) in `dataDir`, with a fake clock and readable ids.
 * Its office network, if a test turns it on, listens on loopback only.
 */
export const openTestApp = (dataDir: string, clock = fakeClock(), options: Pick<AppOptions, 'smtpUrl' | 'rendererDir' | 'officeAddresses'> = {}) =>
  createApp({
    dataDir,
    resourcesDir,
    host: 'browser',
    version: '0.0.0-test',
    clock,
    newId: () => `id-${++counter}`,
    backgroundTimers: false,
    officeAddresses: ['127.0.0.1'],
    ...options,
  });
