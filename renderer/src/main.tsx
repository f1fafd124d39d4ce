import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { connect } from './api/transport';
import { createI18n } from './i18n';
import { App } from './shell/App';
import { createAppStore, loadInitialState } from './state/app-store';
import { AppStoreProvider } from './state/context';
import './styles.css';

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const client = connect();
    const initial = await loadInitialState(client);
    const i18n = await createI18n(initial.settings.language);
    const store = createAppStore(client, initial);
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <AppStoreProvider store={store}>
            <App />
          </AppStoreProvider>
        </I18nextProvider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(
      <div className="boot-error" role="alert">
        <h1>Stroomlijn</h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
      </div>,
    );
  }
}

void boot();
