import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../main/http/api-v1/routes';
import { type AccessLevel, methodAccess } from '@shared/api/access';
import { type Scope, Scopes } from '@shared/api/caller';
import { type ApiMethod, apiContract } from '@shared/api/contract';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { openTestApp } from '../helpers/app';
import { type Reply, rpc } from '../helpers/http';
import { signInOverRpc } from '../helpers/sign-in';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { useTempDirs } from '../helpers/temp-dir';

/**
 * Issue 11: who may call what, derived from the contract, the access table and the API v1 route
 * table — every method × anonymous / staff / task user / task manager / administrator / an
 * integration token without the method's scope — through the real transports (the browser host's
 * RPC with session cookies, the API v1 with bearer tokens). Each refusal is a 401 or 403 and
 * changes nothing: not a byte of any data file, and no mail at a real SMTP server.
 */

/** The levels as the design decided them (auth-design.md); every other method is for administrators. */
const PUBLIC: readonly ApiMethod[] = ['app.health', 'auth.status', 'auth.setup', 'auth.signIn'];
const SIGNED_IN: readonly ApiMethod[] = [
  'app.info',
  'auth.signOut',
  'auth.changePassword',
  'engine.status',
  'itemTypes.list',
  'directory.names',
  'items.submit',
  'items.get',
  'items.list',
  'items.detail',
  'items.reactions',
  'tasks.ofItem',
  'items.act',
  'items.intervene',
  'items.updateFields',
  'tasks.mine',
  'records.list',
  'records.get',
  'records.create',
  'records.update',
  'schedule.list',
  'inbox.list',
  'inbox.unread',
  'inbox.markRead',
  'items.addAttachment',
  'items.attachment',
  'records.remove',
  'records.fieldSpecs',
  'itemTypes.get',
  'replies.notUnderstood',
];
const expectedLevel = (m: ApiMethod): AccessLevel =>
  PUBLIC.includes(m) ? 'public' : SIGNED_IN.includes(m) ? 'signedIn' : 'admin';

const tempDir = useTempDirs();
const methods = Object.keys(apiContract) as ApiMethod[];
const PASSWORD = 'matrix wachtwoord 1';

/** The people: the task users of the approval workflow are its reviewers (Bram, Chantal). */
const PEOPLE = {
  staff: 'user-dirk',
  taskUser: 'user-bram',
  taskManager: 'user-jonas',
  administrator: 'user-anna',
} as const;
type Person = keyof typeof PEOPLE;

let smtp: TestSmtp;
let api: ApiTestHost;
let dataDir: string;
const cookies = {} as Record<Person, string>;
/** Per scope: an integration token with every other scope (but admin), and a token owned by the staff member. */
const without = {} as Record<Scope, string>;
let staffToken: string;
/** A confidential approval item (submitted for Eva by another application) and a plain one. */
let secret: string;
let plain: string;

/** The audit trail's months: a refusal is written there (checked on its own), and nowhere else. */
const isAuditFile = (path: string) => /^archive\/audit-\d{4}-\d{2}\.jsonl$/.test(path);

/** Every data file but the audit trail, by its path in the data folder, with its bytes. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!isAuditFile(relative(dataDir, path)))
        files.set(relative(dataDir, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dataDir);
  return files;
}

/** The audit trail's lines, oldest first. */
function auditLines(): { action: string; details?: { method?: string } }[] {
  const folder = join(dataDir, 'archive');
  return readdirSync(folder)
    .filter((name) => isAuditFile(`archive/${name}`))
    .sort()
    .flatMap((name) => readFileSync(join(folder, name), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as { action: string; details?: { method?: string } });
}

/** Input that would do real harm if the call were let through (valid for the contract); `{}` where none is needed. */
const samples = (): Partial<Record<ApiMethod, unknown>> => ({
  'settings.update': { language: 'de' },
  'directory.save': { kind: 'users', entry: { id: 'user-dirk', name: 'Dirk Visser', admin: true } },
  'directory.remove': { kind: 'users', id: 'user-anna' },
  'directory.entry': { kind: 'users', id: 'user-anna' },
  'directory.importCsv': { kind: 'contacts', csv: 'id,name,email\nk1,Klant,klant@klant.example' },
  'directory.previewCsv': { kind: 'contacts', csv: 'id,name,email\nk1,Klant,klant@klant.example' },
  'engine.pause': { paused: true },
  'templates.remove': { id: 'tpl-instuurder' },
  'templates.addAttachment': { name: 'a.txt', base64: 'YQ==' },
  'messages.releaseCaptured': {},
  'outbox.pause': { paused: true },
  'mailings.send': { targets: [{ kind: 'organisations', id: 'org-buurt' }], templateId: 'tpl-instuurder' },
  'workflows.create': { name: 'Nieuw' },
  'workflows.update': { id: 'wf-accordering', taskManagerUserId: 'user-dirk' },
  'workflows.duplicate': { id: 'wf-infomail', name: 'Kopie' },
  'workflows.remove': { id: 'wf-infomail' },
  'workflows.publish': { id: 'wf-infomail' },
  'itemTypes.saveConnector': { itemTypeId: 'type-accordering', connector: null },
  'apiTokens.create': { name: 'Eigen token', scopes: ['admin'] },
  'apiTokens.revoke': { id: 'unknown' },
  'accounts.setPassword': { userId: 'user-anna', password: 'overgenomen wachtwoord' },
  'accounts.endSessions': { userId: 'user-anna' },
  'accounts.remove': { userId: 'user-anna' },
  'items.submit': { itemTypeId: 'type-uitgaande-post', subject: 'Brief', fields: { onderwerp: 'Vergunning' } },
  'items.act': { itemId: secret, actionNodeId: 'a1' },
  'items.intervene': { type: 'cancel', itemId: secret },
  'items.updateFields': { id: secret, fields: { klant: 'Iemand anders' } },
  'items.addAttachment': { itemId: secret, name: 'a.txt', base64: 'YQ==' },
  'records.create': { entity: 'deal', title: 'Nieuwe deal' },
  'records.remove': { id: 'rec-deal-zonnewijk' },
  'templates.previewSaved': { id: 'tpl-instuurder' },
  'inbox.markRead': {},
  'replies.saveSettings': { imap: null },
  'replies.testConnection': {
    imap: { host: '127.0.0.1', port: 1, secure: false, user: 'x', folder: 'INBOX', address: 'a@b.example' },
  },
  'auth.signOut': {},
});
const sampleInput = (m: ApiMethod): unknown => samples()[m] ?? {};

const callRpc = (m: string, input: unknown, cookie: string) => rpc(api.host.port, api.host.token, m, input, cookie);

/** Call, and check it was refused with `status`, left every data file as it was and sent no mail. */
async function expectRefused(status: 401 | 403 | 404, call: () => Promise<Reply>, what: string) {
  const before = snapshot();
  const audited = auditLines().length;
  const mails = smtp.received.length;
  const reply = await call();
  expect(reply.status, `${what}: ${reply.text}`).toBe(status);
  await api.app.outbox.drain();
  expect(snapshot(), `${what} changed a data file`).toEqual(before);
  expect(smtp.received.length, `${what} sent mail`).toBe(mails);
  // A 403 is the one thing written: the refusal, in the audit trail (a 401 or 404 writes nothing).
  const added = auditLines()
    .slice(audited)
    .map((e) => e.action);
  expect(added, `${what} in the audit trail`).toEqual(status === 403 ? ['refused'] : []);
}

beforeAll(async () => {
  smtp = await startSmtp();
  dataDir = tempDir();
  const app = await openTestApp(dataDir, undefined, { smtpUrl: `smtp://127.0.0.1:${smtp.port}` });
  api = await startApiTestHost(dataDir, tempDir('renderer'), app);
  for (const [person, userId] of Object.entries(PEOPLE) as [Person, string][]) {
    // As an office does it: the administrator sets a first password, the person chooses their own.
    const first = `${PASSWORD} (eerste)`;
    await app.dispatch('accounts.setPassword', { userId, login: person.toLowerCase(), password: first });
    cookies[person] = await signInOverRpc(api.host.port, api.host.token, person.toLowerCase(), first);
    const own = await rpc(
      api.host.port,
      api.host.token,
      'auth.changePassword',
      { current: first, next: PASSWORD },
      cookies[person],
    );
    expect(own.status, own.text).toBe(200);
  }
  for (const scope of Scopes) {
    const scopes = Scopes.filter((s) => s !== scope && s !== 'admin');
    without[scope] = (await app.apiTokens.create(`Zonder ${scope}`, { scopes })).token;
  }
  staffToken = (await app.apiTokens.create('Dirk', { scopes: [], ownerUserId: PEOPLE.staff })).token;
  // The approval workflow's task manager is Jonas (not an administrator); Anna, the administrator, has no part.
  const settings = async (input: unknown) =>
    expect((await callRpc('workflows.update', input, cookies.administrator)).status).toBe(200);
  await settings({ id: 'wf-accordering', taskManagerUserId: PEOPLE.taskManager });
  // Letters go through the (not confidential) info-mail workflow: items anyone signed in may read.
  await settings({ id: 'wf-infomail', itemTypeId: 'type-uitgaande-post' });
  // New items of a type enter the workflow the type routes to (issue 12): the letters' type routes to it.
  const letters = app.store.data.itemTypes.find((t) => t.id === 'type-uitgaande-post')!;
  await app.dispatch('itemTypes.update', { ...letters, workflowId: 'wf-infomail' });
  const submit = async (body: unknown) => {
    const reply = await api.call('POST', '/items', { body });
    expect(reply.status, reply.text).toBe(201);
    return reply.json().id as string;
  };
  secret = await submit({
    itemTypeId: 'type-accordering',
    subject: 'Btw-aangifte Q4',
    fields: { berichtsoort: 'btw-aangifte', instantie: 'Belastingdienst', klant: 'Bakkerij Jansen' },
    submitterUserId: 'user-eva',
  });
  plain = await submit({ itemTypeId: 'type-uitgaande-post', subject: 'Brief', fields: { onderwerp: 'Vergunning' } });
  await app.outbox.drain();
}, 120_000);

afterAll(async () => {
  await api?.close();
  await smtp?.close();
});

describe('the authorization matrix', () => {
  it('the access table has the levels the design decided, for every method of the contract', () => {
    expect(Object.keys(methodAccess).sort()).toEqual([...methods].sort());
    for (const m of methods) expect(`${m}: ${methodAccess[m].level}`).toBe(`${m}: ${expectedLevel(m)}`);
    for (const [m, input] of Object.entries(samples()) as [ApiMethod, unknown][]) {
      expect(apiContract[m].input.safeParse(input).error, m).toBeUndefined();
    }
  });

  it('over the browser host: anonymous gets 401 for every method that is not public, and nothing changes', async () => {
    for (const m of methods.filter((x) => methodAccess[x].level !== 'public')) {
      await expectRefused(401, () => callRpc(m, sampleInput(m), ''), `anonymous ${m}`);
    }
  }, 120_000);

  it('over the browser host: staff, task users and task managers get 403 for every administrator method', async () => {
    const admins = methods.filter((m) => methodAccess[m].level === 'admin');
    expect(admins.length).toBeGreaterThan(40);
    for (const person of ['staff', 'taskUser', 'taskManager'] as const) {
      for (const m of admins) {
        await expectRefused(403, () => callRpc(m, sampleInput(m), cookies[person]), `${person} ${m}`);
      }
    }
  }, 240_000);

  it('over the API v1: every route refuses no token (401), a token lacking its scope, staff’s token (403)', async () => {
    const filled = (path: string) =>
      path.replace(/\{(\w+)\}/g, (_, p: string) => ({ id: 'wf-infomail', kind: 'users', itemId: secret })[p] ?? 'x');
    let guarded = 0;
    for (const route of routes) {
      const m = route.call;
      if (methodAccess[m].level === 'public') continue;
      guarded += 1;
      const body = ['POST', 'PUT', 'PATCH'].includes(route.method) ? sampleInput(m) : undefined;
      const path = filled(route.path);
      const what = `${route.method} ${route.path} (${m})`;
      await expectRefused(401, () => api.call(route.method, path, { body, token: null }), `no token ${what}`);
      const lacking = without[methodAccess[m].scope];
      await expectRefused(403, () => api.call(route.method, path, { body, token: lacking }), `no scope ${what}`);
      if (methodAccess[m].level === 'admin') {
        await expectRefused(403, () => api.call(route.method, path, { body, token: staffToken }), `staff ${what}`);
      }
    }
    expect(guarded).toBeGreaterThan(30);
  }, 240_000);
});

describe('what is checked on the item itself', () => {
  const as = (person: Person, m: string, input: unknown) => callRpc(m, input, cookies[person]);

  it('a confidential item is invisible to staff and to an administrator who has no part in it', async () => {
    for (const person of ['staff', 'administrator'] as const) {
      for (const [m, input] of [
        ['items.get', { id: secret }],
        ['items.detail', { id: secret }],
        ['items.reactions', { itemId: secret }],
        ['tasks.ofItem', { itemId: secret }],
      ] as const) {
        await expectRefused(403, () => as(person, m, input), `${person} ${m}`);
      }
      await expectRefused(403, () => as(person, 'items.updateFields', sampleInput('items.updateFields')), person);
      const listed = (await as(person, 'items.list', {})).json().value as { id: string }[];
      expect(listed.map((i) => i.id)).toContain(plain);
      expect(listed.map((i) => i.id)).not.toContain(secret);
      const until = '2027-12-31T00:00:00.000Z';
      expect((await as(person, 'schedule.list', { until })).text).not.toContain(secret);
    }
    const api403 = await api.call('GET', `/items/${secret}`, { token: without['admin'] });
    expect(api403.status).toBe(403);
  });

  it('its task users, task manager and (through its token) the application that submitted it see it', async () => {
    for (const person of ['taskUser', 'taskManager'] as const) {
      expect((await as(person, 'items.detail', { id: secret })).status, person).toBe(200);
      const listed = (await as(person, 'items.list', {})).json().value as { id: string }[];
      expect(listed.map((i) => i.id)).toContain(secret);
    }
    const schedule = await as('taskManager', 'schedule.list', { until: '2027-12-31T00:00:00.000Z' });
    expect(schedule.text).toContain(secret);
    expect((await api.call('GET', `/items/${secret}`)).status).toBe(200);
  });

  it('only the task manager intervenes; only a task user or the task manager acts', async () => {
    const cancel = { type: 'cancel', itemId: secret };
    for (const person of ['staff', 'taskUser', 'administrator'] as const) {
      await expectRefused(403, () => as(person, 'items.intervene', cancel), `${person} intervenes`);
    }
    await expectRefused(403, () => as('staff', 'items.act', { itemId: secret, actionNodeId: 'a1' }), 'staff acts');
    const act = { itemId: secret, actionNodeId: 'a1' };
    await expectRefused(403, () => as('administrator', 'items.act', act), 'admin acts');
    const reassign = { type: 'reassign', itemId: secret, taskNodeId: 't1', userIds: [PEOPLE.taskUser] };
    const reassigned = await as('taskManager', 'items.intervene', reassign);
    expect(reassigned.status, reassigned.text).toBe(200);
    const approve = { itemId: secret, actionNodeId: 'a1', reaction: { text: 'Akkoord', external: false } };
    const acted = await as('taskUser', 'items.act', approve);
    expect(acted.status, acted.text).toBe(200);
  });
});
