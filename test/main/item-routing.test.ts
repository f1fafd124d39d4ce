import { describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type { WorkflowSummary } from '@shared/api/workflow-contract';
import type { ItemRecord, ItemType, OutboxMessage } from '@shared/model';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';
import { createOneTaskWorkflow, publish } from '../helpers/one-task-workflow';
import { vatReturn } from '../helpers/items';
import { createRecord, mails, useOffice } from '../helpers/office';

const tempDir = useTempDirs();
const apps = useTestApps();
const office = useOffice();
const failure = async (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: ApiError) => e,
  );
const mutation = (subject: string) => ({
  itemTypeId: 'type-mutatie',
  subject,
  fields: { soort: 'Adres', ingangsdatum: '2026-12-01' },
  submitterUserId: 'user-eva',
});
const editable = (type: ItemType) => Object.fromEntries(Object.entries(type).filter(([key]) => key !== 'connector'));

describe('which workflow new items enter', () => {
  it('a second published workflow takes over only when the administrator says so; items keep workflow and version', async () => {
    const app = await apps.open(tempDir());
    const submit = (subject: string) =>
      app.as('user-eva').dispatch('items.submit', mutation(subject)) as Promise<ItemRecord>;
    const old = await submit('Voor de tweede');
    expect(old).toMatchObject({ workflowId: 'wf-infomail', version: 1 });
    const second = await createOneTaskWorkflow(app.dispatch, 'Mutatie controleren', 'type-mutatie', 'Controleren');
    expect(await publish(app.dispatch, second)).toMatchObject({ route: 'unanswered', routedWorkflowId: 'wf-infomail' });
    expect(await submit('Geen antwoord')).toMatchObject({ workflowId: 'wf-infomail' });
    expect(await publish(app.dispatch, second, false)).toMatchObject({ route: 'kept', version: 2 });
    expect(await submit('Nee gezegd')).toMatchObject({ workflowId: 'wf-infomail' });
    const list = (await app.dispatch('workflows.list', {})) as WorkflowSummary[];
    expect(list.find((w) => w.id === second)!.entry).toEqual({ asDefault: false, values: [] });
    expect(await publish(app.dispatch, second, true)).toMatchObject({
      route: 'replaced',
      routedWorkflowId: second,
      version: 3,
    });
    const v3 = await submit('Ja gezegd');
    expect(v3).toMatchObject({ workflowId: second, version: 3, tasks: [{ nodeId: 't' }] });
    expect(await publish(app.dispatch, second)).toMatchObject({ route: 'already', version: 4 });
    expect(await submit('Versie 4')).toMatchObject({ workflowId: second, version: 4 });
    // Items keep what they entered with: the v3 item runs on through version 3.
    const acted = (await app
      .as('user-bram')
      .dispatch('items.act', { itemId: v3.id, actionNodeId: 'ok' })) as ItemRecord;
    expect(acted).toMatchObject({ workflowId: second, version: 3, status: 'completed' });
    expect(await app.dispatch('items.get', { id: old.id })).toMatchObject({ workflowId: 'wf-infomail', version: 1 });
  });

  it('routes per value of a choice field (seed 002), falls back to the default, and refuses when there is none', async () => {
    const app = await apps.open(tempDir());
    const kvk = await createOneTaskWorkflow(app.dispatch, 'Workflow KvK', 'type-accordering', 'KvK-stukken nakijken');
    await publish(app.dispatch, kvk, false);
    const type = app.store.data.itemTypes.find((t) => t.id === 'type-accordering')!;
    const routing = { fieldKey: 'instantie', byValue: [{ value: 'KvK', workflowId: kvk }] };
    await app.dispatch('itemTypes.update', { ...editable(type), routing });
    const submit = (fields: Record<string, unknown>) =>
      app.as('user-eva').dispatch('items.submit', vatReturn('Aangifte', fields)) as Promise<ItemRecord>;
    expect(await submit({ berichtsoort: 'KvK-stukken', instantie: 'KvK' })).toMatchObject({ workflowId: kvk });
    expect(await submit({ instantie: 'Belastingdienst' })).toMatchObject({ workflowId: 'wf-accordering' });
    const list = (await app.dispatch('workflows.list', {})) as WorkflowSummary[];
    expect(list.find((w) => w.id === kvk)!.entry).toEqual({ asDefault: false, values: ['KvK'] });
    await app.dispatch('itemTypes.update', { ...editable(type), workflowId: undefined, routing });
    expect(await submit({ instantie: 'KvK' })).toMatchObject({ workflowId: kvk });
    const numbers = app.store.data.itemTypes.length;
    const none = await failure(submit({ instantie: 'Belastingdienst' }));
    expect(none).toMatchObject({ code: 'conflict' });
    expect(none.message).toContain('has no published workflow for new items');
    expect(app.store.data.itemTypes.length).toBe(numbers);
    // Nothing was written: the next item takes the next number.
    const next = await submit({ instantie: 'KvK' });
    expect(next.number).toBe('D-2026-0004');
    const refused = await failure(
      app.dispatch('itemTypes.update', {
        ...editable(type),
        routing: { fieldKey: 'instantie', byValue: [{ value: 'UWV', workflowId: 'wf-infomail' }] },
      }),
    );
    expect(refused.issues).toMatchObject([
      { path: 'routing.byValue[0].value', message: 'is not a value of the field' },
      { path: 'routing.byValue[0].workflowId', message: '“Infomail instuurder” is not a workflow of this type' },
    ]);
  });

  it('an inactive workflow takes no new items (a clear refusal) while its running items go on', async () => {
    const app = await apps.open(tempDir());
    const second = await createOneTaskWorkflow(app.dispatch, 'Mutatie controleren', 'type-mutatie', 'Controleren');
    await publish(app.dispatch, second, true);
    const running = (await app.as('user-eva').dispatch('items.submit', mutation('Loopt al'))) as ItemRecord;
    const explanation = 'Tijdelijk uit tijdens de jaarafsluiting';
    await app.dispatch('workflows.update', { id: second, active: false, explanation });
    const list = (await app.dispatch('workflows.list', {})) as WorkflowSummary[];
    expect(list.find((w) => w.id === second)).toMatchObject({ active: false, explanation, entry: { asDefault: true } });
    const refused = await failure(app.as('user-eva').dispatch('items.submit', mutation('Nieuw')));
    expect(refused).toMatchObject({ code: 'conflict' });
    expect(refused.message).toBe(
      `Workflow “Mutatie controleren” (${explanation}) is switched off: new items of type ` +
        '“Medewerkermutatie” cannot be submitted until an administrator switches it on or routes the type to another workflow.',
    );
    expect(await app.as('user-bram').dispatch('items.act', { itemId: running.id, actionNodeId: 'ok' })).toMatchObject({
      status: 'completed',
    });
    await app.dispatch('workflows.update', { id: second, active: true });
    expect(await app.as('user-eva').dispatch('items.submit', mutation('Weer aan'))).toMatchObject({
      workflowId: second,
    });
  });

  it('an inactive record-triggered workflow starts no runs, also not from a timer armed before (seed 001)', async () => {
    const o = await office();
    await o.app.dispatch('workflows.update', { id: 'wf-bellen-nieuw', active: false });
    const due = new Date(o.clock.now().getTime() + 86_400_000).toISOString();
    await createRecord(o.app, 'task', 'Piet bellen', {
      type: 'Bellen',
      status: 'Open',
      responsible: 'user-bram',
      contact: 'contact-piet',
      dueDate: due,
    });
    expect(await mails(o.app, 'tpl-bellen-nieuw')).toEqual([]);
    await o.app.dispatch('workflows.update', { id: 'wf-bellen-verlopen', active: false });
    o.clock.advance(2 * 86_400_000);
    await o.app.tick();
    expect(await mails(o.app, 'tpl-bellen-verlopen')).toEqual([]);
  });

  it('switched on again, a record-triggered workflow picks up what stands (an expired task), once; what changed while it was off starts nothing', async () => {
    const o = await office();
    /** The expiry mails of the task this test makes (the sample tasks expire too). */
    const expired = async () =>
      (
        (await o.app.dispatch('messages.list', { templateId: 'tpl-bellen-verlopen', limit: 5000 })) as OutboxMessage[]
      ).filter((m) => m.subject.includes('Wim Zonderland bellen'));
    const announced = async () =>
      (
        (await o.app.dispatch('messages.list', { templateId: 'tpl-bellen-nieuw', limit: 5000 })) as OutboxMessage[]
      ).filter((m) => m.subject.includes('Wim Zonderland bellen'));
    await o.app.dispatch('workflows.update', { id: 'wf-bellen-verlopen', active: false });
    await o.app.dispatch('workflows.update', { id: 'wf-bellen-nieuw', active: false });
    const due = new Date(o.clock.now().getTime() + 86_400_000).toISOString();
    await createRecord(o.app, 'task', 'Wim Zonderland bellen', {
      type: 'Bellen',
      status: 'Open',
      responsible: 'user-bram',
      contact: 'contact-piet',
      dueDate: due,
    });
    o.clock.advance(2 * 86_400_000);
    await o.app.tick();
    expect(await expired()).toEqual([]);
    await o.app.dispatch('workflows.update', { id: 'wf-bellen-verlopen', active: true });
    await o.app.dispatch('workflows.update', { id: 'wf-bellen-nieuw', active: true });
    await o.app.tick();
    expect(await expired()).toHaveLength(1);
    // The task was made while "new call task" was off: switching it on does not announce it late.
    expect(await announced()).toEqual([]);
    // Switched off and on once more: the task's expiry already started its run; nothing twice.
    await o.app.dispatch('workflows.update', { id: 'wf-bellen-verlopen', active: false });
    await o.app.dispatch('workflows.update', { id: 'wf-bellen-verlopen', active: true });
    o.clock.advance(86_400_000);
    await o.app.tick();
    expect(await expired()).toHaveLength(1);
  });

  it('switched off and on again, a record workflow has its timers back; one due meanwhile fires once', async () => {
    const o = await office();
    const day = 86_400_000;
    const mine = ['Verlopen: Piet bellen', 'Verlopen: Offerte nabellen'];
    const expired = async () =>
      ((await o.app.dispatch('messages.list', { templateId: 'tpl-bellen-verlopen' })) as OutboxMessage[])
        .map((m) => m.subject)
        .filter((subject) => mine.includes(subject));
    const dueIn = (days: number) => new Date(o.clock.now().getTime() + days * day).toISOString();
    await createRecord(o.app, 'task', 'Piet bellen', {
      type: 'Bellen',
      status: 'Open',
      responsible: 'user-bram',
      contact: 'contact-piet',
      dueDate: dueIn(1),
    });
    await createRecord(o.app, 'task', 'Offerte nabellen', {
      type: 'Bellen',
      status: 'Open',
      responsible: 'user-bram',
      contact: 'contact-piet',
      dueDate: dueIn(3),
    });
    await o.app.dispatch('workflows.update', { id: 'wf-bellen-verlopen', active: false, explanation: 'Even niet' });
    o.clock.advance(2 * day);
    await o.app.tick();
    expect(await expired()).toEqual([]);
    // Back on: "Piet bellen" expired while it was off and fires once; "Offerte nabellen" fires when it is due.
    await o.app.dispatch('workflows.update', { id: 'wf-bellen-verlopen', active: true, explanation: null });
    await o.app.tick();
    await o.app.tick();
    expect(await expired()).toEqual(['Verlopen: Piet bellen']);
    o.clock.advance(2 * day);
    await o.app.tick();
    expect((await expired()).sort()).toEqual(mine.slice().sort());
  });
});
