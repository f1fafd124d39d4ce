import type { CrmRecord, OutboxMessage } from '@shared/model';
import { openTestApp } from './app';
import { fakeClock } from './clock';
import { useTempDirs } from './temp-dir';
import { useTestApps } from './test-apps';

export type OfficeApp = Awaited<ReturnType<typeof openTestApp>>;

/**
 * One office's app on a data folder, with a clock the test moves; `restart` closes it and opens
 * it again, as after a reboot. Call at the top of a test file (it registers its cleanup).
 */
export function useOffice() {
  const tempDir = useTempDirs();
  const apps = useTestApps();
  return async function office(clock = fakeClock()) {
    const dir = tempDir();
    let app = await openTestApp(dir, clock);
    apps.track({ close: () => app.close() });
    return {
      clock,
      dir,
      get app() {
        return app;
      },
      async restart() {
        await app.close();
        app = await openTestApp(dir, clock);
        await app.tick();
      },
    };
  };
}

/** To whom the messages of a template went (the outbox and its history). */
export const mails = async (app: OfficeApp, templateId: string) =>
  ((await app.dispatch('messages.list', { templateId, limit: 5000 })) as OutboxMessage[]).map((m) => m.to.name);

export const createRecord = (app: OfficeApp, entity: string, title: string, fields: Record<string, unknown>) =>
  app.dispatch('records.create', { entity, title, fields }) as Promise<CrmRecord>;

export const updateRecord = (app: OfficeApp, id: string, fields: Record<string, unknown>) =>
  app.dispatch('records.update', { id, fields }) as Promise<CrmRecord>;
