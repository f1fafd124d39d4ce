import type { InboxEntry } from '@shared/model/record';
import type { ElectronModules } from './modules';

/**
 * A desktop notification for each new inbox entry (the tray app runs all day); clicking it opens
 * the window on the Work area's inbox. Returns the unsubscribe function.
 */
export function notifyInbox(
  { Notification }: Pick<ElectronModules, 'Notification'>,
  inbox: { onAdded(listener: (entries: InboxEntry[]) => void): () => void },
  nameOf: (userId: string) => string,
  open: (hash: string) => void,
): () => void {
  return inbox.onAdded((entries) => {
    if (!Notification.isSupported()) return;
    for (const entry of entries) {
      const note = new Notification({
        title: `${nameOf(entry.userId)}: ${entry.subject}`,
        body: entry.text.slice(0, 200),
        silent: false,
      });
      note.on('click', () => open('#/work/inbox'));
      note.show();
    }
  });
}
