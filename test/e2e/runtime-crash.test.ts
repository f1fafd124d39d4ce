import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { ItemRecord, OutboxMessage } from '@shared/model';
import { rpc } from '../helpers/http';
import { useHostsAndSmtp } from '../helpers/host-and-smtp';
import { until } from '../helpers/until';
import { useTempDirs } from '../helpers/temp-dir';
import { vatReturn } from '../helpers/items';

const tempDir = useTempDirs();
const processes = useHostsAndSmtp();

const ITEMS = 50;
const ACTIONS_PER_ITEM = 20;

/**
 * The approval workflow (seed 002) as a loop: the reviewer rejects with a reaction (a mail to the
 * submitter), the submitter sends it back for review (a mail to both reviewers). Action n of an
 * item is a reject when n is even.
 */
const actionOf = (n: number) =>
  n % 2 === 0
    ? {
        by: 'bram' as const,
        actionNodeId: 'a2',
        reaction: { text: `Ronde ${n / 2 + 1}: graag aanpassen`, external: true },
      }
    : { by: 'eva' as const, actionNodeId: 'a3' };

describe('the runtime when the app is killed during 1,000 actions', () => {
  it('keeps every acknowledged action and sends no message twice', async () => {
    const smtp = await processes.smtp();
    const dataDir = tempDir();
    let host = await processes.host(dataDir);
    /** As the first administrator, or as Eva (the submitter) or Bram (a reviewer), signed in once: sessions outlive a kill. */
    const people = { eva: await host.signInAs('user-eva', 'eva'), bram: await host.signInAs('user-bram', 'bram') };
    const call = async (method: string, input: unknown, as?: keyof typeof people) => {
      const reply = await rpc(host.port, host.token, method, input, as ? people[as] : undefined);
      if (reply.status !== 200) throw new Error(`${method}: ${reply.status} ${reply.text}`);
      return reply.json().value;
    };
    const ids: string[] = [];
    for (let i = 0; i < ITEMS; i++) {
      ids.push(((await call('items.submit', vatReturn(`Aangifte ${i}`), 'eva')) as ItemRecord).id);
    }

    // Every item acts in turn, all items at once; an action counts once its reply came back.
    const acknowledged = new Map(ids.map((id) => [id, 0]));
    const total = () => [...acknowledged.values()].reduce((a, b) => a + b, 0);
    const drive = async (id: string) => {
      for (let n = acknowledged.get(id)!; n < ACTIONS_PER_ITEM; n++) {
        const { by, ...action } = actionOf(n);
        await call('items.act', { itemId: id, ...action }, by);
        acknowledged.set(id, n + 1);
      }
    };
    const firstRun = Promise.allSettled(ids.map(drive));
    await until(() => total() >= 400);
    const exited = once(host.child, 'exit');
    host.child.kill('SIGKILL');
    await exited;
    await firstRun;
    const atKill = new Map(acknowledged);
    expect(total()).toBeLessThan(ITEMS * ACTIONS_PER_ITEM);

    host = await processes.host(dataDir);
    // Everything acknowledged is there; an action whose reply never came may or may not be.
    for (const id of ids) {
      const item = (await call('items.get', { id }, 'eva')) as ItemRecord;
      const acted = item.history.filter((h) => h.kind === 'acted').length;
      expect(acted).toBeGreaterThanOrEqual(atKill.get(id)!);
      expect(acted).toBeLessThanOrEqual(atKill.get(id)! + 1);
      acknowledged.set(id, acted);
    }
    await Promise.all(ids.map(drive));
    expect(total()).toBe(ITEMS * ACTIONS_PER_ITEM);

    // Two mails per review round (both reviewers), one per reject (the submitter).
    const expected = ITEMS * (2 + (ACTIONS_PER_ITEM / 2) * 3);
    const history = async () =>
      ((await call('messages.list', { limit: 5000 })) as OutboxMessage[]).filter((m) => m.source.kind === 'workflow');
    await until(async () => (await history()).filter((m) => m.status === 'sent').length === expected);
    const messages = await history();
    expect(messages).toHaveLength(expected);
    // One mail per effect and recipient: no effect was carried out twice.
    expect(new Set(messages.map((m) => `${m.source.effectKey}→${m.to.id}`)).size).toBe(expected);
    await until(() => new Set(smtp.received.map((m) => m.messageId)).size >= expected);
    const counts = new Map<string, number>();
    for (const mail of smtp.received) counts.set(mail.messageId!, (counts.get(mail.messageId!) ?? 0) + 1);
    expect(counts.size).toBe(expected);
    // Only a mail on the wire at the kill may arrive again, with the same Message-ID (SMTP cannot do better).
    expect([...counts.values()].every((n) => n <= 2)).toBe(true);
  });
});
