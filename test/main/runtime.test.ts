import { describe, expect, it } from 'vitest';
import type { ItemRecord, OutboxMessage, Workflow } from '@shared/model';
import { fakeClock } from '../helpers/clock';
import { appendJournalBatch } from '../helpers/journal';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';
import { vatReturn } from '../helpers/items';

const tempDir = useTempDirs();
const apps = useTestApps();
const open = (dir = tempDir(), clock = fakeClock()) => apps.open(dir, clock);
const messagesOf = async (app: Awaited<ReturnType<typeof open>>, itemId: string) =>
  (await app.dispatch('messages.list', { itemId })) as OutboxMessage[];

describe('runtime: items through their published workflow', () => {
  it('runs an approval message: review task mail, reject with reaction mails the portal submitter the external reaction only', async () => {
    const app = await open();
    const input = vatReturn('Btw-aangifte Q3', { klant: 'Bakkerij de Korenaar' });
    const item = (await app.as('user-eva').dispatch('items.submit', input)) as ItemRecord;
    expect(item).toMatchObject({
      number: 'D-2026-0001',
      status: 'running',
      tasks: [{ nodeId: 't1', dueAt: '2026-11-25T09:00:00.000Z' }],
    });
    const review = await messagesOf(app, item.id);
    expect(review.map((m) => [m.to.name, m.subject])).toEqual([
      ['Chantal Bakker', 'Te beoordelen: btw-aangifte Bakkerij de Korenaar'],
      ['Bram Jansen', 'Te beoordelen: btw-aangifte Bakkerij de Korenaar'],
    ]);
    await app.as('user-bram').dispatch('items.act', {
      itemId: item.id,
      actionNodeId: 'a2',
      reaction: { text: 'Periode klopt niet', external: true },
    });
    await app.as('user-eva').dispatch('items.act', { itemId: item.id, actionNodeId: 'a3' });
    const rejected = (await app.dispatch('items.get', { id: item.id })) as ItemRecord;
    expect(rejected).toMatchObject({ itemStatus: 'resubmitted', tasks: [{ nodeId: 't1' }] });
    expect(rejected.history.map((h) => h.kind)).toEqual([
      'submitted',
      'entered',
      'acted',
      'entered',
      'acted',
      'entered',
    ]);
    const toEva = (await messagesOf(app, item.id)).find((m) => m.to.id === 'user-eva')!;
    expect(toEva.html).toContain('Periode klopt niet');
    const stranger = await app
      .as('user-dirk')
      .dispatch('items.act', { itemId: item.id, actionNodeId: 'a1', reaction: { text: 'x', external: false } })
      .catch((e: Error) => e);
    expect((stranger as Error).message).toBe(
      'This task is not yours: only its users and the task manager may act on it.',
    );
    const refused = await app
      .as('user-bram')
      .dispatch('items.act', { itemId: item.id, actionNodeId: 'a1' })
      .catch((e: Error) => e);
    expect((refused as Error).message).toBe('“Beoordelen aangifte klant” needs a reaction');
    const approved = (await app.as('user-bram').dispatch('items.act', {
      itemId: item.id,
      actionNodeId: 'a1',
      reaction: { text: 'Intern: akkoord', external: false },
    })) as ItemRecord;
    expect(approved).toMatchObject({ status: 'completed', itemStatus: 'approved' });
  });

  it('previews a template with a real item, and filters the history by item', async () => {
    const app = await open();
    const item = (await app.as('user-eva').dispatch('items.submit', {
      itemTypeId: 'type-mutatie',
      subject: 'Nieuw bankrekeningnummer',
      fields: { soort: 'Bankrekening', ingangsdatum: '2026-12-01' },
      submitterUserId: 'user-eva',
    })) as ItemRecord;
    const template = app.store.data.templates.find((t) => t.id === 'tpl-instuurder')!;
    const preview = (await app.dispatch('templates.preview', {
      template,
      itemId: item.id,
      addressee: { type: 'submitter' },
    })) as { renders: Record<string, { subject: string }>; recipients: { name: string }[] };
    expect(preview.renders.nl!.subject).toBe('Je mutatie “Nieuw bankrekeningnummer” is ontvangen');
    expect(preview.recipients.map((r) => r.name)).toEqual(['Eva Smit (portal)']);
    expect((await messagesOf(app, item.id)).map((m) => m.subject)).toEqual([
      'Je mutatie “Nieuw bankrekeningnummer” is ontvangen',
    ]);
  });

  it('fires a wait timer when its time comes, also after a restart, and only once', async () => {
    const dir = tempDir();
    const clock = fakeClock();
    const app = await open(dir, clock);
    const wf = (await app.dispatch('workflows.create', {
      name: 'Herinnering',
      itemTypeId: 'type-uitgaande-post',
    })) as Workflow;
    const at = { x: 0, y: 0 };
    await app.dispatch('workflows.saveDraft', {
      id: wf.id,
      graph: {
        nodes: [
          { id: 's', kind: 'start', position: at, trigger: { type: 'itemSubmitted' } },
          { id: 'w', kind: 'wait', position: at, until: { type: 'duration', amount: 2, unit: 'days' } },
          {
            id: 'n',
            kind: 'notify',
            position: at,
            channel: 'email',
            to: [{ type: 'users', userIds: ['user-anna'] }],
            templateId: 'tpl-instuurder',
          },
          { id: 'e', kind: 'end', position: at },
        ],
        edges: [
          { id: '1', source: 's', target: 'w' },
          { id: '2', source: 'w', target: 'n' },
          { id: '3', source: 'n', target: 'e' },
        ],
      },
    });
    await app.dispatch('workflows.publish', { id: wf.id });
    await app.dispatch('workflows.update', { id: wf.id, name: 'Herinnering' });
    app.store.data.itemTypes.find((t) => t.id === 'type-uitgaande-post')!.workflowId = wf.id;
    const item = (await app.dispatch('items.submit', {
      itemTypeId: 'type-uitgaande-post',
      subject: 'Offerte',
      fields: { onderwerp: 'Offerte' },
    })) as ItemRecord;
    expect(await app.runtime.tick()).toBe(0);
    clock.advance(2 * 86_400_000);
    await apps.close(app);
    const again = await open(dir, clock);
    expect(await again.runtime.tick()).toBe(1);
    expect(await again.runtime.tick()).toBe(0);
    expect(((await again.dispatch('items.get', { id: item.id })) as ItemRecord).status).toBe('completed');
    expect((await messagesOf(again, item.id)).map((m) => m.to.name)).toEqual(['Anna de Vries']);
  });
});

describe('confidential items', () => {
  it('show only to their task users, submitter and task manager', async () => {
    const app = await open();
    const item = (await app.as('user-eva').dispatch('items.submit', vatReturn('Vertrouwelijk'))) as ItemRecord;
    const visible = async (userId: string) =>
      ((await app.as(userId).dispatch('items.list', {})) as ItemRecord[]).some((i) => i.id === item.id);
    expect(await visible('user-eva')).toBe(true);
    expect(await visible('user-anna')).toBe(true);
    expect(await visible('user-chantal')).toBe(true);
    expect(await visible('user-dirk')).toBe(false);
    const refused = await app
      .as('user-dirk')
      .dispatch('items.get', { id: item.id })
      .catch((e: Error) => e);
    expect((refused as Error).message).toBe('This item is confidential.');
  });
});

describe('task manager interventions (seed 002)', () => {
  it('lets only the task manager reassign, move and cancel, each recorded with who did it', async () => {
    const app = await open();
    const input = vatReturn('ICP-aangifte', { berichtsoort: 'icp-aangifte' });
    const item = (await app.as('user-eva').dispatch('items.submit', input)) as ItemRecord;
    const refused = await app
      .as('user-bram')
      .dispatch('items.intervene', { type: 'cancel', itemId: item.id })
      .catch((e: Error) => e);
    expect((refused as Error).message).toBe('Only the task manager of this workflow may intervene.');

    await app
      .as('user-anna')
      .dispatch('items.intervene', { type: 'reassign', itemId: item.id, taskNodeId: 't1', userIds: ['user-dirk'] });
    expect(((await app.as('user-dirk').dispatch('tasks.mine', {})) as unknown[]).length).toBe(1);
    expect(((await app.as('user-bram').dispatch('tasks.mine', {})) as unknown[]).length).toBe(0);

    const moved = (await app
      .as('user-anna')
      .dispatch('items.intervene', { type: 'moveTo', itemId: item.id, taskNodeId: 't2' })) as ItemRecord;
    expect(moved.tasks.map((t) => t.nodeId)).toEqual(['t2']);
    const cancelled = (await app
      .as('user-anna')
      .dispatch('items.intervene', { type: 'cancel', itemId: item.id, reason: 'Dubbel ingestuurd' })) as ItemRecord;
    expect(cancelled.status).toBe('cancelled');
    expect(
      cancelled.history
        .filter((h) => ['reassigned', 'moved', 'cancelled'].includes(h.kind))
        .map((h) => [h.kind, h.userId, h.detail ?? null]),
    ).toEqual([
      ['reassigned', 'user-anna', 'user-dirk'],
      ['moved', 'user-anna', null],
      ['cancelled', 'user-anna', 'Dubbel ingestuurd'],
    ]);
  });
});

describe('resuming after a crash between carrying out an effect and noting it done', () => {
  it('sends a written message effect once: not again when the outbox has it, and at start when it does not', async () => {
    const dir = tempDir();
    let app = await open(dir);
    const input = vatReturn('Loonaangifte', { berichtsoort: 'aangifte loonheffing' });
    const item = (await app.as('user-eva').dispatch('items.submit', input)) as ItemRecord;
    const [first] = await messagesOf(app, item.id);
    const key = first!.source.effectKey!;
    const effect = {
      type: 'queueMessage',
      key,
      nodeId: 't1',
      moment: 'enter',
      templateId: 'tpl-beoordelen',
      addressees: [{ type: 'taskUsers' }],
      taskNodeId: 't1',
    };
    // As if the app died after the outbox took the mails but before the journal noted the effect done.
    const pending = (k: string) => ({ c: 'pending', k, v: { key: k, itemId: item.id, effect: { ...effect, key: k } } });
    const stillPending = (k: string) => appendJournalBatch(dir, 'items.json', [pending(k)]);
    await apps.close(app);
    stillPending(key);
    app = await open(dir);
    expect((await messagesOf(app, item.id)).length).toBe(2);
    // As if it died after the journal wrote the effect but before the outbox took its mails.
    await apps.close(app);
    stillPending(`${item.id}:99:0`);
    app = await open(dir);
    expect((await messagesOf(app, item.id)).map((m) => m.to.name)).toEqual([
      'Chantal Bakker',
      'Bram Jansen',
      'Chantal Bakker',
      'Bram Jansen',
    ]);
    await apps.close(app);
    app = await open(dir);
    expect((await messagesOf(app, item.id)).length).toBe(4);
  });
});
