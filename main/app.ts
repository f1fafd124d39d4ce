import { randomUUID } from 'node:crypto';
import type { AppInfo } from '../shared/api/contract';
import { createDispatch, type Dispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { type Clock, systemClock } from './clock';
import { loadSampleData } from './sample-data';
import { createDirectoryService } from './services/directory';
import { createSettingsService } from './services/settings';
import { createWorkflowService } from './services/workflows';
import { createMailService } from './services/mail';
import { createTemplateService } from './services/templates';
import { createTransportChooser } from './mail/mail-transports';
import { Outbox } from './mail/outbox';
import { openOutboxStore } from './mail/outbox-store';
import { attachmentFiles } from './mail/attachments';
import { openStore, type Store } from './store/store';

export interface AppOptions {
  dataDir: string;
  resourcesDir: string;
  host: AppInfo['host'];
  version: string;
  clock?: Clock;
  newId?: () => string;
  /** smtp://… overrides the SMTP settings (SMTP_URL). */
  smtpUrl?: string;
  /** Retry timers of the outbox; tests turn them off and drive it themselves. */
  outboxTimers?: boolean;
}

export interface App {
  dispatch: Dispatch;
  store: Store;
  outbox: Outbox;
  close(): Promise<void>;
}

/** The composition root of main/: opens the store and wires services to the API. */
export async function createApp(options: AppOptions): Promise<App> {
  const clock = options.clock ?? systemClock;
  const store = await openStore({ dataDir: options.dataDir, clock, seed: () => loadSampleData(options.resourcesDir) });
  const newId = options.newId ?? randomUUID;
  const outboxStore = await openOutboxStore(options.dataDir, clock);
  const transports = createTransportChooser(store, options.smtpUrl);
  const files = attachmentFiles(options.dataDir);
  const outbox = new Outbox({ store: outboxStore, clock, transport: transports.current, timers: options.outboxTimers ?? true, attachmentPath: files.path });
  await outbox.start();
  const handlers = createHandlers({
    info: () => ({ name: 'Stroomlijn', version: options.version, host: options.host, dataDir: options.dataDir, notices: [...store.notices, ...outboxStore.notices] }),
    directory: createDirectoryService(store, newId),
    settings: createSettingsService(store),
    workflows: createWorkflowService(store, clock, newId),
    store,
    templates: createTemplateService(store, newId),
    files,
    mail: createMailService({ store, outboxStore, outbox, newId, smtpFromEnvironment: transports.fromEnvironment, files, clock }),
    outbox,
  });
  return {
    dispatch: createDispatch(handlers),
    store,
    outbox,
    async close() {
      await outbox.close();
      transports.close();
      await store.close();
    },
  };
}
