import { afterAll, beforeAll } from 'vitest';
import type { TestApp as App } from './app';
import type { CrmRecord, ItemRecord, OutboxMessage } from '@shared/model';
import { openTestApp } from './app';
import { fakeClock } from './clock';
import { crashCopy } from './crash-image';
import { startSmtp, type TestSmtp } from './smtp';
import { publishTwoTaskWorkflow } from './two-task-workflow';
import { vatReturn } from './items';

/** What the app answers for one thing it acknowledged, reduced to what must survive. */
export type Seen = Record<string, string>;

/** Everything an office day had acknowledged, by kind and id, with when (the app's clock) it was written. */
export interface OfficeDay {
  roles: Map<string, Seen>;
  items: Map<string, Seen>;
  records: Map<string, Seen>;
  messages: Map<string, Seen>;
  /** When each item and record was first written (for what a cut journal keeps). */
  madeAt: Map<string, string>;
}

const itemSeen = (i: ItemRecord): Seen => ({
  subject: i.subject,
  status: i.status,
  at: i.tasks.map((t) => t.nodeId).join(),
});
const recordSeen = (r: CrmRecord): Seen => ({ title: r.title, stage: String(r.fields.stage ?? '') });
const messageSeen = (m: OutboxMessage): Seen => ({ subject: m.subject, to: m.to.email ?? '', status: m.status });

/** The app's view of the same things: what `OfficeDay` compares with after a restart. */
export async function seenBy(app: App): Promise<Omit<OfficeDay, 'madeAt'>> {
  const call = <T>(method: string, input: unknown) => app.dispatch(method, input) as Promise<T>;
  const directory = await call<{ roles: { id: string; name: string }[] }>('directory.get', {});
  const items = await call<ItemRecord[]>('items.list', {});
  const records = await call<CrmRecord[]>('records.list', { limit: 5000 });
  const messages = await call<OutboxMessage[]>('messages.list', { limit: 5000 });
  return {
    roles: new Map(directory.roles.map((r) => [r.id, { name: r.name }])),
    items: new Map(items.map((i) => [i.id, itemSeen(i)])),
    records: new Map(records.map((r) => [r.id, recordSeen(r)])),
    messages: new Map(messages.map((m) => [m.id, messageSeen(m)])),
  };
}

/** The ids of what `day` acknowledged that the app no longer has as it was acknowledged. */
export async function missingAfter(app: App, day: OfficeDay): Promise<string[]> {
  const now = await seenBy(app);
  const kinds = ['roles', 'items', 'records', 'messages'] as const;
  return kinds.flatMap((kind) =>
    [...day[kind]].filter(([id, seen]) => JSON.stringify(now[kind].get(id)) !== JSON.stringify(seen)).map(([id]) => id),
  );
}

/**
 * A small office's work through the real app, over three runs of it on one data folder: roles
 * added, items submitted and acted on (some end and move to the archive), CRM records made and
 * changed, messages sent to a real SMTP server (and, two days on, moved to the message archive).
 * The third run only opens and closes (the restart that made a later backup miss what came
 * before it). With `crashImage`, a copy of the folder is also taken in the second run, while the
 * app is open and everything it acknowledged is on disk: the folder as a crash would leave it.
 */
export async function officeDay(dir: string, smtp: TestSmtp, crashImage?: string): Promise<OfficeDay> {
  const clock = fakeClock();
  const [roles, items, records, messages, madeAt] = [new Map(), new Map(), new Map(), new Map(), new Map()];
  const day: OfficeDay = { roles, items, records, messages, madeAt };
  const at = () => {
    clock.advance(60_000);
    return clock.now().toISOString();
  };
  let type = '';
  for (const run of [1, 2]) {
    const app = await openTestApp(dir, clock);
    const call = <T>(method: string, input: unknown) => app.dispatch(method, input) as Promise<T>;
    if (run === 1) {
      const mail = await call<{ senders: unknown[]; defaultSenderId?: string }>('mail.settings', {});
      const { senders, defaultSenderId } = mail;
      const smtpSettings = { host: '127.0.0.1', port: smtp.port, secure: false };
      await call('mail.saveSettings', { smtp: smtpSettings, senders, ...(defaultSenderId ? { defaultSenderId } : {}) });
      type = await publishTwoTaskWorkflow(app.dispatch, app.store);
    }
    for (const n of [1, 2]) {
      const name = `Rol ${run}.${n}`;
      const { id } = await call<{ id: string }>('directory.save', { kind: 'roles', entry: { name } });
      day.roles.set(id, { name });
    }
    const item = async (subject: string, ...actions: string[]) => {
      const when = at();
      const input = { itemTypeId: type, subject, fields: { onderwerp: subject } };
      const made = await call<ItemRecord>('items.submit', input);
      day.madeAt.set(made.id, when);
      let last = made;
      for (const actionNodeId of actions) {
        at();
        last = (await app.as('user-bram').dispatch('items.act', { itemId: made.id, actionNodeId })) as ItemRecord;
      }
      day.items.set(made.id, itemSeen(last));
    };
    await item(`Post ${run}.1`, 'a1', 'b1');
    await item(`Post ${run}.2`, 'a2');
    await item(`Post ${run}.3`);
    for (const n of [1, 2]) {
      const subject = `Aangifte ${run}.${n}`;
      const when = at();
      const made = (await app.as('user-eva').dispatch('items.submit', vatReturn(subject))) as ItemRecord;
      day.madeAt.set(made.id, when);
      day.items.set(made.id, itemSeen(made));
    }
    await app.outbox.drain();
    for (const n of [1, 2, 3]) {
      const when = at();
      const input = { entity: 'deal', title: `Deal ${run}.${n}`, fields: { stage: 'Lead', value: 1000 * n } };
      const made = await call<CrmRecord>('records.create', input);
      day.madeAt.set(made.id, when);
      day.records.set(made.id, recordSeen(made));
    }
    const [first] = [...day.records.keys()].slice(-3);
    at();
    const changed = await call<CrmRecord>('records.update', { id: first!, fields: { stage: 'Offerte' } });
    day.records.set(first!, recordSeen(changed));
    const listed = await call<OutboxMessage[]>('messages.list', { limit: 5000 });
    for (const m of listed) day.messages.set(m.id, messageSeen(m));
    if (run === 2 && crashImage) crashCopy(dir, crashImage);
    await app.close();
    // Two days on: the next start moves the messages of this run to the archive.
    clock.advance(2 * 24 * 60 * 60_000);
  }
  await (await openTestApp(dir, clock)).close();
  return day;
}

/** An office's day for the tests of one file: run once before them, with a real SMTP server. */
export interface OfficeDayFolders {
  day: OfficeDay;
  /** The data folder after the day, closed properly. */
  closed: string;
  /** The same folder as a crash in the day's second run left it. */
  crashed: string;
}

export function useOfficeDay(tempDir: (label: string) => string): OfficeDayFolders {
  const folders = {} as OfficeDayFolders;
  let smtp: TestSmtp | undefined;
  beforeAll(async () => {
    smtp = await startSmtp();
    folders.closed = tempDir('office');
    folders.crashed = tempDir('crashed');
    folders.day = await officeDay(folders.closed, smtp, folders.crashed);
  }, 120_000);
  afterAll(() => smtp?.close());
  return folders;
}
