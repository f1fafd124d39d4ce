import type { z } from 'zod';
import type { SettingsUpdate } from '@shared/api/contract';
import type { Settings, SettingsView } from '@shared/model/settings';
import type { Store } from '../store/store';

export interface SettingsService {
  get(): SettingsView;
  update(change: z.output<typeof SettingsUpdate>): Promise<SettingsView>;
}

/**
 * The settings without the API tokens, which only apiTokens.list shows (never a hash), and without
 * the SMTP and IMAP passwords (Settings → Mail keeps them; an answer of settings.get never carries them),
 * and without worker mode (camunda.settings shows it, never its client secret).
 */
const view = ({
  apiTokens: _tokens,
  apiTokensMigrated: _migrated,
  camunda: _camunda,
  smtp,
  imap,
  ...rest
}: Settings): SettingsView => ({
  ...rest,
  ...(smtp ? { smtp: withoutPassword(smtp) } : {}),
  ...(imap ? { imap: withoutPassword(imap) } : {}),
});

/** Mail settings as an answer shows them: never with their password. */
const withoutPassword = <T extends { password?: string }>({ password: _password, ...shown }: T): Omit<T, 'password'> =>
  shown;

export const createSettingsService = (store: Store): SettingsService => ({
  get: () => view(store.data.settings),
  async update(change) {
    await store.update((data) => {
      data.settings = { ...data.settings, ...change };
    });
    return view(store.data.settings);
  },
});
