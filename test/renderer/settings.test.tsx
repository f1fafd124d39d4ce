import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();

describe('Settings', () => {
  it('switches the whole UI to German and remembers it', async () => {
    const { core } = await renderApp(tempDir(), '#/settings');
    fireEvent.click(screen.getByLabelText('Deutsch'));
    // The German texts are fetched when first shown (a chunk of their own).
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Einstellungen' })).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByRole('link', { name: /Adressbuch/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    expect(core.store.data.settings.language).toBe('de');
  });

  it('switches to the dark theme', async () => {
    const { core } = await renderApp(tempDir(), '#/settings');
    fireEvent.click(screen.getByLabelText('Donker'));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(core.store.data.settings.theme).toBe('dark');
    fireEvent.click(screen.getByLabelText('Licht'));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
  });
});
