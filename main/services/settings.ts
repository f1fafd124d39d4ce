import type { z } from 'zod';
import type { SettingsUpdate } from '../../shared/api/contract';
import type { Settings, SettingsView } from '../../shared/model/settings';
import type { Store } from '../store/store';

export interface SettingsService {
  get(): SettingsView;
  update(change: z.output<typeof SettingsUpdate>): Promise<SettingsView>;
}

/**
 * The settings without the API tokens, which only apiTokens.list shows (never a hash), and without
 * the SMTP password (Settings → Mail keeps it; an answer of settings.get never carries it).
 */
const view = ({ apiTokens: _tokens, apiTokensMigrated: _migrated, smtp, ...rest }: Settings): SettingsView => {
  if (!smtp) return rest;
  const { password: _password, ...shown } = smtp;
  return { ...rest, smtp: shown };
};

export const createSettingsService = (store: Store): SettingsService => ({
  get: () => view(store.data.settings),
  async update(change) {
    await store.update((data) => {
      data.settings = { ...data.settings, ...change };
    });
    return view(store.data.settings);
  },
});
