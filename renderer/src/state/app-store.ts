import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient, ApiInput, AppInfo, ImportReport, SaveEntryInput } from '@shared/api';
import type { AuthStatus, Me } from '@shared/api/auth-contract';
import type { Directory, DirectoryKind } from '@shared/model/directory';
import { defaultSettings, type SettingsView as Settings } from '@shared/model/settings';
import { directoryOfNames } from './directory-names';

export interface AppState {
  /** The API, for areas that load their own data (the editor). */
  client: ApiClient;
  info: AppInfo;
  /** Who is signed in (auth.status): the work is theirs, the admin areas are for administrators. */
  me: Me;
  /** For administrators the settings; for others the language and theme everyone gets. */
  settings: Settings;
  /** For administrators the whole directory; for others only the names of people and organisations. */
  directory: Directory;
  dismissedNotices: number;
  /** Bumped when the user's inbox changed here (read), so counts elsewhere look again. */
  inboxVersion: number;
  inboxChanged(): void;
  /** Bumped when the user acted on an item here, so task, item and inbox counts elsewhere look again. */
  workVersion: number;
  workChanged(): void;
  refreshDirectory(): Promise<void>;
  saveEntry(input: SaveEntryInput): Promise<string>;
  removeEntry(kind: DirectoryKind, id: string): Promise<void>;
  importCsv(input: ApiInput<'directory.importCsv'>): Promise<ImportReport>;
  updateSettings(
    change: Partial<Pick<Settings, 'language' | 'theme' | 'webhookAllowedHosts' | 'actionLinkDays'>>,
  ): Promise<void>;
  dismissNotices(): void;
  /** Ask again for the app info: notices found after the start (a damaged archive month) show then. */
  refreshInfo(): Promise<void>;
}

export type AppStore = StoreApi<AppState>;

export interface InitialState {
  info: AppInfo;
  me: Me;
  settings: Settings;
  directory: Directory;
}

/** The directory as the signed-in user may see it: all of it for an administrator, else names. */
const loadDirectory = async (client: ApiClient, me: Me): Promise<Directory> =>
  me.admin ? client.call('directory.get') : directoryOfNames(await client.call('directory.names'));

/** Load what the shell needs to draw its first screen, for the user `status` says is signed in. */
export async function loadInitialState(client: ApiClient, status: AuthStatus & { me: Me }): Promise<InitialState> {
  const { me } = status;
  const fallback = { ...defaultSettings(), language: status.language, theme: status.theme };
  const [info, settings, directory] = await Promise.all([
    client.call('app.info'),
    me.admin ? client.call('settings.get') : Promise.resolve(fallback),
    loadDirectory(client, me),
  ]);
  return { info, me, settings, directory };
}

/** The renderer's state, made per signed-in user (tests make their own). Every change goes through the API. */
export function createAppStore(client: ApiClient, initial: InitialState): AppStore {
  return createStore<AppState>()((set, get) => ({
    ...initial,
    client,
    dismissedNotices: 0,
    inboxVersion: 0,
    inboxChanged() {
      set({ inboxVersion: get().inboxVersion + 1 });
    },
    workVersion: 0,
    workChanged() {
      set({ workVersion: get().workVersion + 1 });
    },
    async refreshDirectory() {
      set({ directory: await loadDirectory(client, get().me) });
    },
    async saveEntry(input) {
      const { id } = await client.call('directory.save', input);
      await get().refreshDirectory();
      return id;
    },
    async removeEntry(kind, id) {
      await client.call('directory.remove', { kind, id });
      await get().refreshDirectory();
    },
    async importCsv(input) {
      const report = await client.call('directory.importCsv', input);
      await get().refreshDirectory();
      return report;
    },
    async updateSettings(change) {
      set({ settings: await client.call('settings.update', change) });
    },
    dismissNotices() {
      set({ dismissedNotices: get().info.notices.length });
    },
    async refreshInfo() {
      const info = await client.call('app.info');
      if (info.notices.length !== get().info.notices.length) set({ info });
    },
  }));
}
