import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();
const areaLinks = () =>
  within(screen.getByRole('navigation', { name: 'Stroomlijn' }))
    .getAllByRole('link')
    .map((a) => a.getAttribute('href'));

describe('admin-only areas', () => {
  it('show to an administrator, with the user menu: who is signed in, change password, sign out', async () => {
    const { store } = await renderApp(tempDir(), '#/design');
    expect(store.getState().me).toMatchObject({ userId: 'user-anna', admin: true });
    expect(areaLinks()).toEqual([
      '#/design',
      '#/itemTypes',
      '#/templates',
      '#/work',
      '#/messages',
      '#/records',
      '#/directory',
      '#/settings',
      '#/audit',
    ]);
    expect(await screen.findByTestId('engine-switch')).toBeTruthy();
    const menu = screen.getByRole('group', { name: 'Ingelogd als Anna de Vries' });
    expect(within(menu).getByText('Beheerder')).toBeTruthy();
    expect(
      within(menu)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Wachtwoord wijzigen', 'Uitloggen']);
  });

  it('someone else sees Work and Records, and an admin address says it is for administrators; no “choose who you are”', async () => {
    const { store } = await renderApp(tempDir(), '#/design', 'user-bram');
    expect(store.getState().me).toMatchObject({ userId: 'user-bram', admin: false });
    expect(areaLinks()).toEqual(['#/work', '#/records']);
    expect(screen.getByRole('alert').textContent).toContain('Je bent ingelogd als Bram Jansen, geen beheerder.');
    expect(screen.queryByTestId('engine-switch')).toBeNull();
    expect(screen.getByRole('link', { name: 'Naar Werk' }).getAttribute('href')).toBe('#/work');
    // The names staff see are from directory.names: no addresses, nobody to choose to be.
    expect(store.getState().directory.users.find((u) => u.id === 'user-anna')).toEqual({
      id: 'user-anna',
      name: 'Anna de Vries',
      external: false,
      admin: false,
      roleIds: [],
    });
    expect(screen.queryByLabelText('Ik ben')).toBeNull();
  });
});
