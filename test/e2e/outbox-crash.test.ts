import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { OutboxMessage } from '@shared/model';
import { type ListPage, readAllPages } from '../helpers/api-pages';
import type { HostProcess } from '../helpers/host-process';
import { httpRequest, rpc } from '../helpers/http';
import { useHostsAndSmtp } from '../helpers/host-and-smtp';
import { Rng } from '../helpers/random-workflow';
import { until } from '../helpers/until';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const processes = useHostsAndSmtp();

const KILLS = 20;
const WORKERS = 6;
const ACTS_PER_ITEM = 6;
const CONTACTS = 100;
const MAILING_SIZE = 25;
const JSON_TYPE = 'application/json';

/** Action n on an item of the approval workflow (seed 002): even rejects with a reaction, odd sends it back. */
const actionOf = (n: number) =>
  n % 2 === 0
    ? {
        actAs: 'user-bram',
        body: { actionNodeId: 'a2', reaction: { text: `Ronde ${n / 2 + 1}: aanpassen`, external: true } },
      }
    : { actAs: 'user-eva', body: { actionNodeId: 'a3' } };
/** Messages of an item after n actions: both reviewers at the submit and each round, the submitter at each reject. */
const messagesAfter = (n: number) => 2 + Math.ceil(n / 2) + 2 * Math.floor(n / 2);
/** What one message is, whatever its Message-ID: the effect or mailing it carries out, and its recipient. */
const logicalKey = ({ id, source, to }: OutboxMessage) =>
  `${source.effectKey ?? source.mailingId ?? id} → ${to.kind}:${to.id ?? to.email}`;
/** A mailing as its create answers it (the whole mailing): its copies are all queued at first. */
type Mailing = { id: string; progress: { total: number } };
const groupBy = <T, K>(xs: readonly T[], key: (x: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>();
  for (const x of xs) groups.set(key(x), [...(groups.get(key(x)) ?? []), x]);
  return groups;
};

describe('the outbox under load, killed with SIGKILL again and again', () => {
  // 60-100 s on a shared 2-core machine, most of it 21 starts of the app (1-5 s each).
  const slow = { timeout: 180_000 };
  it('sends each acknowledged message, never under two Message-IDs, again only across a kill', slow, async () => {
    const seed = Date.now() % 100_000;
    const rng = new Rng(seed);
    const smtp = await processes.smtp();
    // Each mail the server accepts, and in which life of the app (the number of kills before it) it
    // was sent: the life that opened its connection (the mail is parsed after it arrived: maybe after a kill).
    let life = 0;
    const arrivals: { messageId: string; life: number }[] = [];
    smtp.connectionTag = () => life;
    smtp.behaviour = ({ messageId, tag }) => (arrivals.push({ messageId, life: tag as number }), 'accept');
    const dataDir = tempDir();
    let host: HostProcess = await processes.host(dataDir);
    const { apiToken } = host;
    expect(apiToken).not.toBe('');
    const rows = Array.from({ length: CONTACTS }, (_, i) => `k${i},Klant ${i},klant${i}@klant.example,org-buurt,ja`);
    const csv = ['id,name,email,organisationId,consentEmail', ...rows].join('\n');
    expect((await rpc(host.port, host.token, 'directory.importCsv', { kind: 'contacts', csv })).status).toBe(200);

    // An answer other than a success is a failure of the app, never an effect of a kill.
    const refused: string[] = [];
    const api = async (method: string, path: string, body?: unknown, actAs?: string) => {
      const reply = await httpRequest(host.port, `/api/v1${path}`, {
        method,
        headers: {
          host: `127.0.0.1:${host.port}`,
          authorization: `Bearer ${apiToken}`,
          'content-type': JSON_TYPE,
          ...(actAs ? { 'x-act-as': actAs } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (reply.status >= 300) refused.push(`${method} ${path}: ${reply.status} ${reply.text}`);
      if (reply.status >= 300) throw new Error(refused.at(-1));
      return reply.json();
    };

    /** Actions per item known to be taken (an item is here once its submit was acknowledged), and whose it is. */
    const acted = new Map<string, number>();
    const owner = new Map<string, number>();
    const mailings: { id: string; queued: number }[] = [];
    let answered = 0;
    const worker = async (w: number, alive: () => boolean) => {
      for (let n = 0; alive(); n++) {
        const id = [...owner].find(([i, o]) => o === w && acted.get(i)! < ACTS_PER_ITEM)?.[0];
        if (id) {
          const { actAs, body } = actionOf(acted.get(id)!);
          await api('POST', `/items/${id}/actions`, body, actAs);
          acted.set(id, acted.get(id)! + 1);
        } else {
          const fields = { berichtsoort: 'btw-aangifte', instantie: 'Belastingdienst' };
          const subject = `Aangifte ${w}.${n}`;
          const body = { itemTypeId: 'type-accordering', subject, fields, submitterUserId: 'user-eva' };
          const item = (await api('POST', '/items', body)) as { id: string };
          acted.set(item.id, 0);
          owner.set(item.id, w);
        }
        answered++;
      }
    };
    const mailing = async () => {
      const from = rng.int(0, CONTACTS - MAILING_SIZE);
      const targets = Array.from({ length: MAILING_SIZE }, (_, i) => ({ kind: 'contacts', id: `k${from + i}` }));
      const body = { targets, templateId: 'tpl-instuurder' };
      const { id, progress } = (await api('POST', '/mailings', body)) as Mailing;
      mailings.push({ id, queued: progress.total });
      answered++;
    };
    /** Every acknowledged action is there; one whose answer a kill cut off may be there too. */
    const catchUp = async () => {
      type Listed = { id: string; history: { kind: string }[] };
      const listed = await readAllPages((path) => api('GET', path) as Promise<ListPage<Listed>>, '/items');
      const items = listed.filter((i) => acted.has(i.id));
      expect(items).toHaveLength(acted.size);
      for (const item of items) {
        const taken = item.history.filter((h) => h.kind === 'acted').length;
        expect([acted.get(item.id), acted.get(item.id)! + 1], `actions taken on ${item.id}`).toContain(taken);
        acted.set(item.id, taken);
      }
    };

    const started = Date.now();
    const starts: number[] = [];
    for (; life < KILLS;) {
      await catchUp();
      let alive = true;
      // Requests that the kill cuts off fail: expected, so they are only collected here.
      const load = Promise.allSettled([
        ...Array.from({ length: WORKERS }, (_, w) => worker(w, () => alive)),
        ...(rng.chance(0.5) ? [mailing()] : []),
      ]);
      // A random moment: after some mails arrived, or after some requests were answered.
      const [mails, answers, after] = [arrivals.length, answered, rng.int(1, 40)];
      const onMails = rng.chance(0.5);
      await until(() => (onMails ? arrivals.length - mails : answered - answers) >= after);
      const exited = once(host.child, 'exit');
      host.child.kill('SIGKILL');
      await exited;
      alive = false;
      await load;
      life++;
      const restart = Date.now();
      host = await processes.host(dataDir);
      starts.push(Date.now() - restart);
    }

    // The last life sends what is left; every message the outbox holds must arrive.
    const history = () => readAllPages((path) => api('GET', path) as Promise<ListPage<OutboxMessage>>, '/messages');
    await until(async () => (await history()).every((m) => m.status === 'sent' || m.status === 'skipped'));
    const all = await history();
    const sent = all.filter((m) => m.status === 'sent');
    await until(() => sent.every((m) => arrivals.some((a) => a.messageId === m.messageId)));
    const seconds = (Date.now() - started) / 1000;

    expect(refused).toEqual([]);
    // Every acknowledged request is there, with all its messages.
    await catchUp();
    for (const [id, n] of acted) {
      expect(
        all.filter((m) => m.source.itemId === id),
        `messages of ${id}`,
      ).toHaveLength(messagesAfter(n));
    }
    for (const { id, queued } of mailings) expect(sent.filter((m) => m.source.mailingId === id)).toHaveLength(queued);
    // No mail went out without a durable record: each Message-ID that arrived is one the outbox kept.
    const kept = new Set(all.map((m) => m.messageId));
    const described = (i: number) => `${arrivals[i]!.messageId}: ${smtp.received[i]!.subject}`;
    const unrecorded = arrivals.flatMap((a, i) => (kept.has(a.messageId) ? [] : [described(i)]));
    expect(unrecorded).toEqual([]);
    // One record per message: no effect or mailing copy was written twice (so never under another Message-ID).
    expect([...groupBy(all, logicalKey)].filter(([, copies]) => copies.length > 1).map(([key]) => key)).toEqual([]);
    // The same Message-ID again only across a kill (it was in flight then): never twice in one life.
    const lives = groupBy(arrivals, (a) => a.messageId);
    expect([...lives].filter(([, a]) => new Set(a.map((x) => x.life)).size !== a.length).map(([id]) => id)).toEqual([]);
    const repeats = arrivals.length - lives.size;
    const measured = { seed, kills: KILLS, seconds, starts, mails: arrivals.length, messages: sent.length, repeats };
    console.info('outbox crash test', measured);
    expect(sent.length).toBeGreaterThan(KILLS * 10);
  });
});
