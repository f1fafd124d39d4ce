import type { ApiHandlers, AppInfo } from '../../shared/api/contract';
import type { DirectoryService } from '../services/directory';
import type { SettingsService } from '../services/settings';

export interface HandlerDeps {
  info: () => AppInfo;
  directory: DirectoryService;
  settings: SettingsService;
}

/** Binds each API method to the service that does the work. */
export const createHandlers = ({ info, directory, settings }: HandlerDeps): ApiHandlers => ({
  'app.info': async () => info(),
  'settings.get': async () => settings.get(),
  'settings.update': (change) => settings.update(change),
  'directory.get': async () => directory.get(),
  'directory.save': (input) => directory.save(input),
  'directory.remove': async ({ kind, id }) => {
    await directory.remove(kind, id);
    return { removed: true as const };
  },
  'directory.importCsv': ({ kind, csv }) => directory.importCsv(kind, csv),
});
