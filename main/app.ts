import { randomUUID } from 'node:crypto';
import type { AppInfo } from '../shared/api/contract';
import { createDispatch, type Dispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { type Clock, systemClock } from './clock';
import { loadSampleData } from './sample-data';
import { createDirectoryService } from './services/directory';
import { createSettingsService } from './services/settings';
import { createWorkflowService } from './services/workflows';
import { openStore, type Store } from './store/store';

export interface AppOptions {
  dataDir: string;
  resourcesDir: string;
  host: AppInfo['host'];
  version: string;
  clock?: Clock;
  newId?: () => string;
}

export interface App {
  dispatch: Dispatch;
  store: Store;
  close(): Promise<void>;
}

/** The composition root of main/: opens the store and wires services to the API. */
export async function createApp(options: AppOptions): Promise<App> {
  const clock = options.clock ?? systemClock;
  const store = await openStore({ dataDir: options.dataDir, clock, seed: () => loadSampleData(options.resourcesDir) });
  const newId = options.newId ?? randomUUID;
  const handlers = createHandlers({
    info: () => ({ name: 'Stroomlijn', version: options.version, host: options.host, dataDir: options.dataDir, notices: [...store.notices] }),
    directory: createDirectoryService(store, newId),
    settings: createSettingsService(store),
    workflows: createWorkflowService(store, clock, newId),
    store,
  });
  return { dispatch: createDispatch(handlers), store, close: () => store.close() };
}
