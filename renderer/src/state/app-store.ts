import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient, AppInfo, ImportReport, SaveEntryInput } from '../../../shared/api';
import type { Directory, DirectoryKind } from '../../../shared/model/directory';
import type { Settings } from '../../../shared/model/settings';

export interface AppState {
  /** The API, for areas that load their own data (the editor). */
  client: ApiClient;
  info: AppInfo;
  settings: Settings;
  directory: Directory;
  dismissedNotices: number;
  /** Who is working (a directory user), chosen in the sidebar and remembered on this computer. */
  currentUserId: string;
  setCurrentUser(id: string): void;
  /** Bumped when the current user's inbox changed here (read), so counts elsewhere look again. */
  inboxVersion: number;
  inboxChanged(): void;
  refreshDirectory(): Promise<void>;
  saveEntry(input: SaveEntryInput): Promise<string>;
  removeEntry(kind: DirectoryKind, id: string): Promise<void>;
  importCsv(kind: DirectoryKind, csv: string): Promise<ImportReport>;
  updateSettings(change: Partial<Pick<Settings, 'language' | 'theme' | 'webhookAllowedHosts'>>): Promise<void>;
  dismissNotices(): void;
  /** Ask again for the app info: notices found after the start (a damaged archive month) show then. */
  refreshInfo(): Promise<void>;
}

export type AppStore = StoreApi<AppState>;

const CURRENT_USER_KEY = 'stroomlijn.currentUser';

/** The user chosen last on this computer, if still in the directory; else the first admin, else the first user. */
function rememberedUser(directory: Directory): string {
  const remembered = localStorage.getItem(CURRENT_USER_KEY);
  if (remembered && directory.users.some((u) => u.id === remembered)) return remembered;
  return (directory.users.find((u) => u.admin) ?? directory.users[0])?.id ?? '';
}

/**
 * Whether a user may see the admin areas (Design, Templates, Messages, Directory, Settings). A
 * directory without any admin lets everyone in, so nobody is ever locked out.
 */
export const isAdmin = (directory: Directory, userId: string): boolean =>
  !directory.users.some((u) => u.admin) || directory.users.some((u) => u.id === userId && u.admin);

/** Load what the shell needs to draw its first screen. */
export async function loadInitialState(client: ApiClient) {
  const [info, settings, directory] = await Promise.all([client.call('app.info'), client.call('settings.get'), client.call('directory.get')]);
  return { info, settings, directory };
}

/** The renderer's state, made per app (tests make their own). Every change goes through the API. */
export function createAppStore(client: ApiClient, initial: Awaited<ReturnType<typeof loadInitialState>>): AppStore {
  return createStore<AppState>()((set, get) => ({
    ...initial,
    client,
    dismissedNotices: 0,
    currentUserId: rememberedUser(initial.directory),
    inboxVersion: 0,
    inboxChanged() {
      set({ inboxVersion: get().inboxVersion + 1 });
    },
    setCurrentUser(id) {
      localStorage.setItem(CURRENT_USER_KEY, id);
      set({ currentUserId: id });
    },
    async refreshDirectory() {
      const directory = await client.call('directory.get');
      set({ directory, currentUserId: directory.users.some((u) => u.id === get().currentUserId) ? get().currentUserId : rememberedUser(directory) });
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
    async importCsv(kind, csv) {
      const report = await client.call('directory.importCsv', { kind, csv });
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
