import type { Recipient } from '../../shared/messages/recipients';
import type { MessageData } from '../../shared/messages/render';
import type { Database } from '../../shared/model/database';
import type { ItemRecord } from '../../shared/model/item';
import type { Sender } from '../../shared/model/settings';
import { resolveUserEmail } from '../../shared/directory/email-resolution';

/** The data collections of a message about a real item (DESIGN §5), as its recipient may see them. */
export function itemMessageData(db: Database, item: ItemRecord, taskTitle: string | undefined, recipient: Pick<Recipient, 'name' | 'email' | 'external'> | undefined, sender: Sender | undefined): MessageData {
  const type = db.itemTypes.find((t) => t.id === item.itemTypeId);
  const submitter = db.directory.users.find((u) => u.id === item.submitterUserId);
  const last = (external: boolean) => [...item.reactions].reverse().find((r) => !external || r.external)?.text ?? '';
  const external = last(true);
  return {
    Item: { ...item.fields, Subject: item.subject, Number: item.number, Status: item.itemStatus ?? '', Type: type?.name ?? '', SubmittedAt: item.createdAt },
    Submitter: submitter ? { Name: submitter.name, Email: resolveUserEmail(db.directory, submitter).address ?? '' } : {},
    Recipient: recipient ? { Name: recipient.name, Email: recipient.email ?? '' } : {},
    // Portal users and other external recipients never see an internal reaction.
    Task: { Title: taskTitle ?? '', LastReaction: recipient?.external ? external : last(false), LastExternalReaction: external },
    Record: { ...item.fields, Subject: item.subject, Status: item.itemStatus ?? '' },
    Project: { ...item.fields, Name: item.subject, Subject: item.subject, Status: item.itemStatus ?? '' },
    Sender: sender ? { Name: sender.name, Email: sender.email } : {},
    Organisation: {},
  };
}
