import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionSlot } from '../../main/api/call';
import { AuthGate } from '../../renderer/src/auth/AuthGate';
import { createI18n } from '../../renderer/src/i18n';
import { createApiClient } from '@shared/api/client';
import type { AuthStatus } from '@shared/api/auth-contract';
import { openTestApp, type TestApp } from '../helpers/app';
import { fakeClock } from '../helpers/clock';
import { giveSignIn, PASSWORD } from '../helpers/sign-in';
import { useTempDirs } from '../helpers/temp-dir';

// Times show in the office's zone.
process.env.TZ = 'Europe/Amsterdam';
const tempDir = useTempDirs();
const opened: TestApp[] = [];
afterEach(async () => {
  cleanup();
  window.location.hash = '';
  for (const app of opened.splice(0)) await app.close();
});

/**
 * The renderer from its first screen (AuthGate) on the real main/, through a transport that keeps
 * the session in main the way the desktop window does: the renderer never sees the secret.
 */
async function start(prepare: (app: TestApp) => Promise<void> = async () => undefined) {
  const clock = fakeClock();
  const app = await openTestApp(tempDir(), clock);
  opened.push(app);
  await prepare(app);
  let secret: string | undefined;
  const slot = (): SessionSlot => ({
    kind: 'desktop',
    ...(secret ? { current: secret } : {}),
    keep: (s) => void (secret = s),
    clear: () => void (secret = undefined),
  });
  const client = createApiClient((method, input) => {
    const caller = app.core.callers.ofSession(secret);
    return app.core.dispatch({ caller, address: 'desktop', local: true, session: slot() }, method, input ?? {});
  });
  const status = (await client.call('auth.status')) as AuthStatus;
  const i18n = await createI18n(status.language);
  render(
    <I18nextProvider i18n={i18n}>
      <AuthGate client={client} initial={status} />
    </I18nextProvider>,
  );
  return { app, clock, secret: () => secret };
}

/** Signing in hashes a password (scrypt): on a busy machine that takes more than a second. */
const hashing = { timeout: 15_000 };
const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('before the app', () => {
  it('a new data folder asks for the first administrator, then signed in; no “choose who you are”', async () => {
    const { app, secret } = await start();
    await screen.findByRole('heading', { name: 'Eerste beheerder aanmaken' });
    expect(screen.queryByLabelText('Ik ben')).toBeNull();
    type(/^Naam/, 'Fenna de Boer');
    type(/^Inlognaam/, 'fenna');
    type(/^Wachtwoord/, PASSWORD);
    type(/^Herhaal het wachtwoord/, `${PASSWORD}!`);
    expect(await screen.findByText('De twee wachtwoorden zijn niet gelijk.')).toBeTruthy();
    type(/^Herhaal het wachtwoord/, PASSWORD);
    fireEvent.click(screen.getByRole('button', { name: 'Beheerder aanmaken' }));
    await screen.findAllByText('Fenna de Boer', {}, hashing);
    expect(screen.getByRole('link', { name: /Ontwerpen|Ontwerp/ })).toBeTruthy();
    const fenna = app.store.data.directory.users.find((u) => u.name === 'Fenna de Boer');
    expect(fenna).toMatchObject({ admin: true });
    expect(secret()).toBeDefined();
    expect(document.body.innerHTML).not.toContain(secret()!);
  });

  it('says a password is too short at its field, and makes nobody', async () => {
    const { app } = await start();
    await screen.findByRole('heading', { name: 'Eerste beheerder aanmaken' });
    type(/^Naam/, 'Fenna de Boer');
    type(/^Inlognaam/, 'fenna');
    type(/^Wachtwoord/, 'kort');
    type(/^Herhaal het wachtwoord/, 'kort');
    fireEvent.click(screen.getByRole('button', { name: 'Beheerder aanmaken' }));
    expect(await screen.findByText(/korter dan 10 tekens/)).toBeTruthy();
    expect(app.store.data.directory.users.some((u) => u.name === 'Fenna de Boer')).toBe(false);
  });

  it('signs in; a wrong password and a locked account are said in Dutch, with until when', async () => {
    const { clock } = await start((app) => giveSignIn(app, 'user-bram', 'bram'));
    await screen.findByRole('heading', { name: 'Inloggen' });
    const attempt = async (password: string) => {
      type('Inlognaam', 'bram');
      type('Wachtwoord', password);
      fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
      return screen.findByRole('alert', {}, hashing);
    };
    expect((await attempt('fout wachtwoord')).textContent).toBe('Inlognaam of wachtwoord klopt niet.');
    for (let i = 0; i < 3; i++) await attempt(`fout ${i}`);
    const locked = await attempt('nog eens fout');
    await waitFor(() => expect(locked.textContent).toMatch(/^Te vaak mislukt\. Probeer het opnieuw na .*10:15/));
    clock.advance(15 * 60_000);
    type('Inlognaam', 'bram');
    type('Wachtwoord', PASSWORD);
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    await screen.findAllByText('Bram Jansen', {}, hashing);
    // Staff see no administrator areas.
    expect(screen.queryByRole('link', { name: /Instellingen/ })).toBeNull();
  });

  it('switching the language in Settings after signing in changes the UI (and does not loop)', async () => {
    await start((app) => giveSignIn(app, 'user-anna', 'anna'));
    type('Inlognaam', 'anna');
    type('Wachtwoord', PASSWORD);
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    await screen.findAllByText('Anna de Vries', {}, hashing);
    window.location.hash = '#/settings';
    // The Settings page and then the German texts are fetched (chunks of their own): on a busy machine that takes a while.
    fireEvent.click(await screen.findByLabelText('Deutsch', {}, hashing));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Einstellungen' })).toBeTruthy(), hashing);
    expect(document.documentElement.lang).toBe('de');
  });
});

describe('a password an administrator set', () => {
  it('must be replaced by one of the user’s own before the app opens', async () => {
    const first = 'tijdelijk wachtwoord';
    const { app } = await start(async (a) => {
      await a.dispatch('accounts.setPassword', { userId: 'user-bram', login: 'bram', password: first });
    });
    type('Inlognaam', 'bram');
    type('Wachtwoord', first);
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    await screen.findByRole('heading', { name: 'Kies je eigen wachtwoord' }, hashing);
    expect(screen.queryByRole('navigation')).toBeNull();
    type(/^Huidig wachtwoord/, first);
    type(/^Nieuw wachtwoord/, PASSWORD);
    type(/^Herhaal het nieuwe wachtwoord/, PASSWORD);
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
    await screen.findAllByText('Bram Jansen', {}, hashing);
    expect(app.signIn.accountOf('user-bram')).toMatchObject({ mustChangePassword: false });
  });
});

describe('Directory → a user → sign-in', () => {
  it('sets a password (the user must choose their own) and removes the sign-in', async () => {
    const { renderApp } = await import('./render-app');
    const { core } = await renderApp(tempDir(), '#/directory/users');
    const dialogOf = async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Inlog van Dirk Visser' }));
      return screen.findByRole('dialog', { name: 'Inlog van Dirk Visser' });
    };
    await dialogOf();
    expect((screen.getByLabelText(/^Inlognaam/) as HTMLInputElement).value).toBe('dirk');
    type(/^Nieuw wachtwoord/, 'kort');
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord instellen' }));
    expect(await screen.findByText(/korter dan 10 tekens/, {}, hashing)).toBeTruthy();
    expect(core.signIn.accountOf('user-dirk')).toBeUndefined();
    type(/^Nieuw wachtwoord/, 'tijdelijk wachtwoord');
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord instellen' }));
    const saved = 'Het wachtwoord van Dirk Visser is ingesteld. De inlogsessies zijn beëindigd.';
    await screen.findByText(saved, {}, hashing);
    expect(core.signIn.accountOf('user-dirk')).toMatchObject({ login: 'dirk', mustChangePassword: true });
    const row = await screen.findByRole('row', { name: /Dirk Visser/ });
    await waitFor(() => expect(row.textContent).toContain('dirk'));

    await dialogOf();
    expect(screen.getByText('Kiest bij de volgende keer inloggen een nieuw wachtwoord')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Inlog verwijderen' }));
    await screen.findByText('Dirk Visser kan niet meer inloggen.');
    expect(core.signIn.accountOf('user-dirk')).toBeUndefined();
  });
});
