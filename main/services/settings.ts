import type { z } from 'zod';
import type { SettingsUpdate } from '../../shared/api/contract';
import type { Settings } from '../../shared/model/settings';
import type { Store } from '../store/store';

export interface SettingsService {
  get(): Settings;
  update(change: z.output<typeof SettingsUpdate>): Promise<Settings>;
}

export const createSettingsService = (store: Store): SettingsService => ({
  get: () => store.data.settings,
  async update(change) {
    await store.update((data) => {
      data.settings = { ...data.settings, ...change };
    });
    return store.data.settings;
  },
});
