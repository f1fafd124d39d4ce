import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Call, SessionSlot } from '../../main/api/call';
import type { AuditEntry } from '@shared/model/audit';
import type { ItemRecord } from '@shared/model';
import { openTestApp, type TestApp } from '../helpers/app';
import { startApiTestHost } from '../helpers/api-v1';
import { fakeClock } from '../helpers/clock';
import { damage } from '../helpers/damage';
import { vatReturn } from '../helpers/items';
import { giveSignIn, PASSWORD } from '../helpers/sign-in';
import { useTempDirs } from '../helpers/temp-dir';
import { publishTwoTaskWorkflow } from '../helpers/two-task-workflow';

const tempDir = useTempDirs();
const opened: TestApp[] = [];
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
  vi.restoreAllMocks();
});

async function open(dir = tempDir('audit'), clock = fakeClock()) {
  const app = await openTestApp(dir, clock);
  opened.push(app);
  return { app, dir, clock };
}

/** A browser's call from another desk: its own address and a session slot like the cookie's. */
function fromDesk(app: TestApp, address: string): Call & { session: SessionSlot } {
  const session: SessionSlot = {
    kind: 'browser',
    keep(secret) {
      session.current = secret;
    },
    clear() {
      delete session.current;
    },
  };
  return {
    get caller() {
      return app.core.callers.ofSession(session.current);
    },
    address,
    local: false,
    session,
  };
}

const listAll = async (app: TestApp, input: Record<string, unknown> = {}) =>
  ((await app.dispatch('audit.list', input)) as { entries: AuditEntry[]; more: boolean }).entries;
/** What the entries say, oldest first, in a form a test can compare. */
const summary = (entries: AuditEntry[]) =>
  [...entries].reverse().map((e) => [e.action, e.actor.name, e.target ?? null, e.from, e.details ?? null]);

describe('the audit trail', () => {
  it('records who, when, what and from where: sign-ins (failed too), refusals, settings, publishes, directory, tokens, interventions', async () => {
    const { app, dir, clock } = await open();
    await giveSignIn(app, 'user-bram', 'bram');
    const desk = fromDesk(app, '192.0.2.7');
    const wrong = await app.core
      .dispatch(desk, 'auth.signIn', { login: 'Bram', password: 'niet het wachtwoord' })
      .catch((e: Error) => e);
    expect(wrong).toBeInstanceOf(Error);
    await app.core.dispatch(desk, 'auth.signIn', { login: 'bram', password: PASSWORD });
    const before = JSON.stringify(app.store.data.settings);
    const refused = await app.core
      .dispatch(desk, 'settings.update', { webhookAllowedHosts: ['169.254.169.254'] })
      .catch((e: Error) => e);
    expect((refused as { code?: string }).code).toBe('forbidden');
    expect(JSON.stringify(app.store.data.settings)).toBe(before);

    await app.dispatch('settings.update', { webhookAllowedHosts: ['intranet.kantoor'] });
    await publishTwoTaskWorkflow(app.dispatch, app.store);
    const added = (await app.dispatch('directory.save', {
      kind: 'contacts',
      entry: { name: 'Huize Zonnewijk', email: 'info@zonnewijk.example' },
    })) as { id: string };
    await app.dispatch('directory.remove', { kind: 'contacts', id: added.id });
    const { token, info } = (await app.dispatch('apiTokens.create', { name: 'Boekhouding', scopes: ['admin'] })) as {
      token: string;
      info: { id: string };
    };
    const integration = app.asCaller({ kind: 'integration', tokenId: info.id, scopes: ['items:read'] });
    await integration.dispatch('items.list', {});
    await integration.dispatch('items.list', {});
    clock.advance(61 * 60 * 1000);
    await integration.dispatch('itemTypes.list', {});
    const item = (await app
      .as('user-eva')
      .dispatch('items.submit', vatReturn('ICP-aangifte', { berichtsoort: 'icp-aangifte' }))) as ItemRecord;
    await app.dispatch('items.intervene', { type: 'cancel', itemId: item.id, reason: 'Dubbel ingestuurd' });

    const entries = await listAll(app);
    expect(entries[0]!.at >= entries.at(-1)!.at).toBe(true);
    expect(summary(entries)).toEqual([
      ['passwordSet', 'Anna de Vries', 'Bram Jansen', 'test', { login: 'bram' }],
      ['passwordChanged', 'Bram Jansen', null, 'test', null],
      ['signInFailed', 'bram', 'bram', '192.0.2.7', { error: 'unauthorized' }],
      ['signedIn', 'Bram Jansen', 'bram', '192.0.2.7', null],
      ['refused', 'Bram Jansen', null, '192.0.2.7', { method: 'settings.update' }],
      [
        'settingsChanged',
        'Anna de Vries',
        null,
        'test',
        { subject: 'settings', webhookAllowedHosts: 'intranet.kantoor' },
      ],
      ['workflowPublished', 'Anna de Vries', 'Twee taken', 'test', { version: 1 }],
      ['directoryChanged', 'Anna de Vries', 'Huize Zonnewijk', 'test', { entryKind: 'contacts', change: 'added' }],
      ['directoryChanged', 'Anna de Vries', 'Huize Zonnewijk', 'test', { entryKind: 'contacts', change: 'removed' }],
      ['tokenCreated', 'Anna de Vries', 'Boekhouding', 'test', { scopes: 'admin' }],
      ['tokenUsed', 'Boekhouding', null, 'test', { method: 'items.list' }],
      ['tokenUsed', 'Boekhouding', null, 'test', { method: 'itemTypes.list' }],
      [
        'intervened',
        'Anna de Vries',
        `${item.number} ${item.subject}`,
        'test',
        { change: 'cancelled', reason: 'Dubbel ingestuurd' },
      ],
    ]);
    const failed = entries.find((e) => e.action === 'signInFailed')!;
    expect(failed.aboutUserId).toBe('user-bram');
    expect(failed.actor.kind).toBe('anonymous');
    expect(entries.find((e) => e.action === 'tokenUsed')!.actor).toEqual({
      kind: 'integration',
      tokenId: info.id,
      name: 'Boekhouding',
    });

    // Never a password or a token, and not in the files every click rewrites.
    const archived = readdirSync(join(dir, 'archive')).filter((f) => f.startsWith('audit-'));
    expect(archived).toEqual(['audit-2026-11.jsonl']);
    const text = readFileSync(join(dir, 'archive', archived[0]!), 'utf8');
    for (const secret of [PASSWORD, 'niet het wachtwoord', token]) expect(text).not.toContain(secret);
    expect(readFileSync(join(dir, 'stroomlijn.json'), 'utf8')).not.toContain('signInFailed');
  });

  it('is for administrators only, and a look that is refused is itself recorded', async () => {
    const { app } = await open();
    const refused = await app
      .as('user-bram')
      .dispatch('audit.list', {})
      .catch((e: Error) => e);
    expect((refused as { code?: string }).code).toBe('forbidden');
    const integration = app.asCaller({ kind: 'integration', tokenId: 'nope', scopes: ['items:read'] });
    expect(((await integration.dispatch('audit.export', {}).catch((e: Error) => e)) as { code?: string }).code).toBe(
      'forbidden',
    );
    expect(summary(await listAll(app)).map(([action, , , , details]) => [action, details])).toEqual([
      ['refused', { method: 'audit.list' }],
      ['refused', { method: 'audit.export' }],
    ]);
  });

  it('records a workflow switched off and on, with who and why (seed 001), and a change of its settings', async () => {
    const { app } = await open();
    const why = 'Vervangen door de nieuwe beoordeling per 1 januari';
    await app.dispatch('workflows.update', { id: 'wf-infomail', active: false, explanation: why });
    await app.dispatch('workflows.update', { id: 'wf-infomail', active: true, explanation: null });
    await app.dispatch('workflows.update', { id: 'wf-infomail', language: 'de' });
    const entries = (await listAll(app, { filter: { action: 'workflowChanged' } })).reverse();
    expect(entries.map((e) => [e.actor.name, e.target, e.details])).toEqual([
      ['Anna de Vries', 'Infomail instuurder', { change: 'saved', enabled: false, reason: why }],
      ['Anna de Vries', 'Infomail instuurder', { change: 'saved', enabled: true }],
      ['Anna de Vries', 'Infomail instuurder', { change: 'saved', language: 'de' }],
    ]);
  });

  it('names what a removal removed and whom a reassignment names, as they were called then', async () => {
    const { app } = await open();
    const { info } = (await app.dispatch('apiTokens.create', { name: 'Website', scopes: ['items:submit'] })) as {
      info: { id: string };
    };
    await app.dispatch('apiTokens.revoke', { id: info.id });
    const item = (await app
      .as('user-eva')
      .dispatch('items.submit', vatReturn('ICP-aangifte', { berichtsoort: 'icp-aangifte' }))) as ItemRecord;
    await app.dispatch('items.intervene', {
      type: 'reassign',
      itemId: item.id,
      taskNodeId: 't1',
      userIds: ['user-dirk', 'user-chantal'],
    });
    const entries = await listAll(app);
    expect(
      summary(entries)
        .slice(1)
        .map(([action, , target, , details]) => [action, target, details]),
    ).toEqual([
      ['tokenRevoked', 'Website', null],
      [
        'intervened',
        `${item.number} ${item.subject}`,
        { change: 'reassigned', reassignedTo: 'Dirk Visser, Chantal Bakker' },
      ],
    ]);
  });

  it('filters by day, action, user and words; pages on past an entry; exports all that passes', async () => {
    const { app, clock } = await open(tempDir('audit'), fakeClock('2026-11-30T22:00:00.000Z'));
    await giveSignIn(app, 'user-bram', 'bram');
    clock.advance(4 * 60 * 60 * 1000); // 1 December
    await app.dispatch('engine.pause', { paused: true });
    await app.dispatch('engine.pause', { paused: false });
    await app.dispatch('outbox.pause', { paused: true });

    const actions = async (filter: Record<string, unknown>) => (await listAll(app, { filter })).map((e) => e.action);
    expect(await actions({})).toEqual(['paused', 'paused', 'paused', 'passwordChanged', 'passwordSet']);
    expect(await actions({ to: '2026-11-30' })).toEqual(['passwordChanged', 'passwordSet']);
    expect(await actions({ from: '2026-12-01', to: '2026-12-01' })).toEqual(['paused', 'paused', 'paused']);
    expect(await actions({ action: 'passwordSet' })).toEqual(['passwordSet']);
    // By the user, or about them (the password an administrator set for Bram).
    expect(await actions({ userId: 'user-bram' })).toEqual(['passwordChanged', 'passwordSet']);
    expect(await actions({ text: 'OUTBOX' })).toEqual(['paused']);
    const refused = await app
      .dispatch('audit.list', { filter: { from: '2026-12-02', to: '2026-12-01' } })
      .catch((e: Error) => e);
    expect((refused as { code?: string }).code).toBe('invalid_input');

    const first = (await app.dispatch('audit.list', { limit: 2 })) as { entries: AuditEntry[]; more: boolean };
    expect(first.more).toBe(true);
    const second = (await app.dispatch('audit.list', { limit: 2, after: first.entries[1]!.id })) as {
      entries: AuditEntry[];
      more: boolean;
    };
    const third = (await app.dispatch('audit.list', { limit: 2, after: second.entries[1]!.id })) as {
      entries: AuditEntry[];
      more: boolean;
    };
    expect([...first.entries, ...second.entries, ...third.entries].map((e) => e.id)).toEqual(
      (await listAll(app)).map((e) => e.id),
    );
    expect(third.more).toBe(false);

    const exported = (await app.dispatch('audit.export', { filter: { from: '2026-12-01' } })) as {
      entries: AuditEntry[];
      truncated: boolean;
    };
    expect(exported.entries.map((e) => e.action)).toEqual(['paused', 'paused', 'paused']);
    expect(exported.truncated).toBe(false);
  });

  it('keeps its entries across a restart (and says what the start repaired); an entry that cannot be written changes no answer', async () => {
    const { app, dir, clock } = await open();
    await app.dispatch('settings.update', { theme: 'dark' });
    await app.close();
    opened.splice(0);
    damage(join(dir, 'stroomlijn.json'), 'corrupt');
    const again = (await open(dir, clock)).app;
    // What the start repaired is Stroomlijn's own entry.
    expect(
      summary(await listAll(again)).map(([action, actor, target, , details]) => [action, actor, target, details]),
    ).toEqual([
      ['settingsChanged', 'Anna de Vries', null, { subject: 'settings', theme: 'dark' }],
      ['dataRestored', 'Stroomlijn', 'stroomlijn.json', { notice: 'restoredFromBackup' }],
    ]);
    expect(again.store.data.settings.theme).toBe('dark');

    // The month's file cannot be opened (a folder where it should be): the change still happens.
    await again.close();
    opened.splice(0);
    clock.advance(31 * 24 * 60 * 60 * 1000);
    mkdirSync(join(dir, 'archive', 'audit-2026-12.jsonl'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const third = (await open(dir, clock)).app;
    await third.dispatch('settings.update', { theme: 'light' });
    expect(third.store.data.settings.theme).toBe('light');
    expect(errors.mock.calls.map((c) => String(c[0])).filter((line) => line.startsWith('audit:'))).toEqual([
      expect.stringContaining(
        'audit: "settingsChanged" by Anna de Vries at 2026-12-24T09:00:00.000Z could not be written',
      ),
    ]);
  });

  it('records a call the API v1 refuses before it reads the request', async () => {
    const host = await startApiTestHost(tempDir('audit'), tempDir('renderer'));
    try {
      const { info, token } = await host.app.apiTokens.create('Alleen lezen', { scopes: ['items:read'] });
      const connector = { type: 'mail', to: 'buiten@elders.example', templateId: 'tpl-x' };
      const reply = await host.call('PUT', '/item-types/type-deal/connector', { token, body: connector });
      expect(reply.status).toBe(403);
      const refused = (await listAll(host.app)).filter((e) => e.action === 'refused');
      expect(refused.map((e) => [e.actor.name, e.actor.tokenId, e.details])).toEqual([
        ['Alleen lezen', info.id, { method: 'itemTypes.saveConnector' }],
      ]);
    } finally {
      await host.close();
    }
  });
});
