import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { connect } from './api/transport';
import { AuthGate } from './auth/AuthGate';
import { createI18n } from './i18n';
import './styles.css';

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const client = connect();
    // Who is signed in (if anyone), and the language and theme to show even the sign-in in.
    const status = await client.call('auth.status');
    const i18n = await createI18n(status.language);
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <AuthGate client={client} initial={status} />
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
