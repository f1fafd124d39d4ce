import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '@shared/model';
import { openTestApp } from '../helpers/app';
import { addUser, publishNoticeWorkflow } from '../helpers/inbox-workflows';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();

describe('Work: the counts after acting', () => {
  it('"Mijn taken" counts down when the task is done on the item’s own page', async () => {
    const dataDir = tempDir();
    const first = await openTestApp(dataDir);
    const sanne = await addUser(first.dispatch, 'Sanne Hoekstra', 'sanne@hoekstra-advies.example');
    await publishNoticeWorkflow(first.dispatch, {
      itemTypeId: 'type-uitgaande-post',
      notified: [sanne],
      taskUser: sanne,
    });
    const submit = (subject: string, onderwerp: string) =>
      first.as(sanne).dispatch('items.submit', { itemTypeId: 'type-uitgaande-post', subject, fields: { onderwerp } });
    const letter = (await submit('Brief aan de verhuurder', 'Huuropzegging Spoorlaan')) as ItemRecord;
    await submit('Offerte schoonmaak', 'Schoonmaak kantoor');
    await first.close();

    await renderApp(dataDir, `#/work/item/${letter.id}`, sanne);
    const myTasks = () => screen.getByRole('tab', { name: /^Mijn taken/ }).textContent;
    // The first screen loads the shell, the item and the lists at once: on a busy machine that takes a while.
    const loading = { timeout: 10_000 };
    await waitFor(() => expect(myTasks()).toBe('Mijn taken 2'), loading);
    fireEvent.click(await screen.findByRole('button', { name: 'Klaar' }));
    // Without a change of page: the counts come from acting, not from navigating.
    await waitFor(() => expect(myTasks()).toBe('Mijn taken 1'), loading);
    expect(window.location.hash).toBe(`#/work/item/${letter.id}`);
  });
});
