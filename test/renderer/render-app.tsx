import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { createApiClient } from '../../shared/api/client';
import type { App as Core } from '../../main/app';
import { createI18n } from '../../renderer/src/i18n';
import { App } from '../../renderer/src/shell/App';
import { createAppStore, loadInitialState } from '../../renderer/src/state/app-store';
import { AppStoreProvider } from '../../renderer/src/state/context';
import { openTestApp } from '../helpers/app';

const opened: Core[] = [];
afterEach(async () => {
  cleanup();
  window.location.hash = '';
  for (const core of opened.splice(0)) await core.close();
});

/**
 * The whole renderer on top of the real main/ (store on disk in `dataDir`); only the transport
 * is short-circuited: calls go straight to the dispatcher both hosts use.
 */
export async function renderApp(dataDir: string, hash = '#/directory/users') {
  const core = await openTestApp(dataDir);
  opened.push(core);
  const client = createApiClient((method, input) => core.dispatch(method, JSON.parse(JSON.stringify(input))));
  const initial = await loadInitialState(client);
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
