import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();
afterEach(() => localStorage.clear());
const areaLinks = () => within(screen.getByRole('navigation', { name: 'Stroomlijn' })).getAllByRole('link').map((a) => a.getAttribute('href'));

describe('admin-only areas', () => {
  it('show to the admin; someone else sees Work (and Records), and an admin address says it is for admins', async () => {
    const { store } = await renderApp(tempDir(), '#/design');
    // Anna is the sample data's administrator and the first one chosen.
    expect(store.getState().currentUserId).toBe('user-anna');
    expect(areaLinks()).toEqual(['#/design', '#/templates', '#/work', '#/messages', '#/records', '#/directory', '#/settings']);
    expect(await screen.findByTestId('engine-switch')).toBeTruthy();

    act(() => store.getState().setCurrentUser('user-bram'));
    expect(areaLinks()).toEqual(['#/work', '#/records']);
    expect(screen.getByRole('alert').textContent).toContain('Je werkt als Bram Jansen, geen beheerder.');
    expect(screen.queryByTestId('engine-switch')).toBeNull();
    expect(screen.getByRole('link', { name: 'Naar Werk' }).getAttribute('href')).toBe('#/work');
    expect(localStorage.getItem('stroomlijn.currentUser')).toBe('user-bram');
  });

  it('lets everyone in when the directory names no admin, so nobody is locked out', async () => {
    const dir = tempDir();
    const { store } = await renderApp(dir, '#/settings');
    const anna = store.getState().directory.users.find((u) => u.id === 'user-anna')!;
    await act(() => store.getState().saveEntry({ kind: 'users', entry: { ...anna, admin: false } } as never));
    act(() => store.getState().setCurrentUser('user-dirk'));
    expect(areaLinks()).toHaveLength(7);
    expect(screen.queryByText('Voor beheerders')).toBeNull();
  });
});
