import { describe, expect, it } from 'vitest';
import { notifyInbox } from '../../../main/electron/notifications';
import { createInbox } from '../../../main/records/inbox';
import { openRecordsStore } from '../../../main/records/records-store';
import { fakeClock } from '../../helpers/clock';
import { fakeElectron } from '../../helpers/fake-electron';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('desktop notifications of the inbox', () => {
  it('shows one per new entry with whom it is for, once, and opens the inbox on click', async () => {
    const fake = fakeElectron();
    const store = await openRecordsStore(tempDir(), fakeClock());
    const inbox = createInbox(store, fakeClock());
    const opened: string[] = [];
    const stop = notifyInbox(
      fake.electron,
      inbox,
      (id) => (id === 'user-bram' ? 'Bram Jansen' : id),
      (hash) => opened.push(hash),
    );
    const entry = {
      id: 'k:user-bram',
      userId: 'user-bram',
      at: '2026-11-23T09:00:00.000Z',
      subject: 'Website relaunch staat op Feedback',
      text: 'Deal Website relaunch staat nu op Feedback.',
    };
    await inbox.add([entry]);
    await inbox.add([entry]);
    expect(fake.notifications.map((n) => n.options)).toEqual([
      {
        title: 'Bram Jansen: Website relaunch staat op Feedback',
        body: 'Deal Website relaunch staat nu op Feedback.',
        silent: false,
      },
    ]);
    fake.notifications[0]!.emit('click');
    expect(opened).toEqual(['#/work/inbox']);
    stop();
    await inbox.add([{ ...entry, id: 'other' }]);
    expect(fake.notifications).toHaveLength(1);
    await store.close();
  });
});
