import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { createApiClient } from '@shared/api/client';
import type { AuthStatus, Me } from '@shared/api/auth-contract';
import { createI18n } from '../../renderer/src/i18n';
import { App } from '../../renderer/src/shell/App';
import { createAppStore, loadInitialState } from '../../renderer/src/state/app-store';
import { AppStoreProvider } from '../../renderer/src/state/context';
import { openTestApp, SAMPLE_ADMIN, type TestApp } from '../helpers/app';

const opened: TestApp[] = [];
afterEach(async () => {
  cleanup();
  window.location.hash = '';
  for (const core of opened.splice(0)) await core.close();
});

/**
 * The whole renderer on top of the real main/ (store on disk in `dataDir`), signed in as `userId`
 * (the sample administrator by default); only the transport is short-circuited: calls go straight
 * to the dispatcher both hosts use, as that user.
 */
export async function renderApp(
  dataDir: string,
  hash = '#/directory/users',
  userId = SAMPLE_ADMIN,
  /** Runs before a call is answered: a test delays an answer here to make answers arrive out of order. */
  beforeAnswer?: (method: string, input: unknown) => Promise<void>,
) {
  const core = await openTestApp(dataDir);
  opened.push(core);
  const client = createApiClient(async (method, input) => {
    const answer = await core.as(userId).dispatch(method, JSON.parse(JSON.stringify(input)));
    await beforeAnswer?.(method, input);
    return answer;
  });
  const status = (await client.call('auth.status')) as AuthStatus & { me: Me };
  const initial = await loadInitialState(client, status);
  const i18n = await createI18n(initial.settings.language);
  const store = createAppStore(client, initial);
  window.location.hash = hash;
  const view = render(
    <I18nextProvider i18n={i18n}>
      <AppStoreProvider store={store}>
        <App />
      </AppStoreProvider>
    </I18nextProvider>,
  );
  return { core, store, view, i18n };
}
