import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();
afterEach(() => {
  vi.useRealTimers();
});

/** Lets promises and I/O run (setImmediate is not faked here) until `done` holds, without any timer firing. */
async function settle(done: () => boolean): Promise<boolean> {
  for (let i = 0; i < 2000 && !done(); i++) await new Promise((resolve) => setImmediate(resolve));
  return done();
}

describe('Design opens as soon as its chunk is there', () => {
  it('shows the workflow list without waiting for a timer (React holds a Suspense fallback for 300 ms)', async () => {
    // The chunk is in the module cache already, as in a browser once it has arrived.
    await import('../../renderer/src/design/DesignPage');
    const { i18n } = await renderApp(tempDir(), '#/directory/users');
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    window.location.hash = '#/design';
    const title = i18n.t('design.list.title');
    expect(await settle(() => screen.queryByRole('heading', { name: title }) !== null)).toBe(true);
  });
});
