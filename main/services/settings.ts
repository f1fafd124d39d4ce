import type { z } from 'zod';
import type { SettingsUpdate } from '../../shared/api/contract';
import type { Settings, SettingsView } from '../../shared/model/settings';
import type { Store } from '../store/store';

export interface SettingsService {
  get(): SettingsView;
  update(change: z.output<typeof SettingsUpdate>): Promise<SettingsView>;
}

/** The settings without the API tokens, which only apiTokens.list shows (never a hash). */
const view = ({ apiTokens: _tokens, apiTokensMigrated: _migrated, ...rest }: Settings): SettingsView => rest;

export const createSettingsService = (store: Store): SettingsService => ({
  get: () => view(store.data.settings),
  async update(change) {
    await store.update((data) => {
      data.settings = { ...data.settings, ...change };
    });
    return view(store.data.settings);
  },
});
