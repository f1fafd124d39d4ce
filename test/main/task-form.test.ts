import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type { ItemRecord } from '@shared/model';
import { openTestApp, type TestApp } from '../helpers/app';
import { EXPENSE_TYPE, publishExpenseClaim } from '../helpers/expense-claim';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const opened: TestApp[] = [];
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
});

async function claim() {
  const dir = tempDir('task-form');
  const app = await openTestApp(dir);
  opened.push(app);
  await publishExpenseClaim(app.dispatch, app.store);
  const eva = app.as('user-eva').dispatch;
  const submit = async (subject: string) =>
    (await eva('items.submit', {
      itemTypeId: EXPENSE_TYPE,
      subject,
      fields: { bedrag: 6250.5, toelichting: 'Treinkaartjes', kostenplaats: 'Reizen' },
    })) as ItemRecord;
  return { app, dir, submit, bram: app.as('user-bram').dispatch };
}
const refusal = async (call: Promise<unknown>) => {
  const error = (await call.then(
    () => null,
    (e: unknown) => e,
  )) as ApiError | null;
  return { code: error?.code, issues: error?.issues?.map((i) => `${i.path}: ${i.message}`) };
};

describe('acting on a task whose form asks for fields', () => {
  it('refuses an action before its required field is filled (422 per field), nothing written; others go', async () => {
    const { app, submit, bram } = await claim();
    const item = await submit('Declaratie Utrecht');
    const before = (await app.dispatch('items.get', { id: item.id })) as ItemRecord;
    const act = (fields?: Record<string, unknown>) =>
      bram('items.act', { itemId: item.id, actionNodeId: 'akkoord', ...(fields ? { fields } : {}) });
    expect(await refusal(act())).toEqual({
      code: 'invalid_input',
      issues: ['fields.goedgekeurdBedrag: is required'],
    });
    expect(await refusal(act({ goedgekeurdBedrag: '' }))).toEqual({
      code: 'invalid_input',
      issues: ['fields.goedgekeurdBedrag: is required'],
    });
    expect(await app.dispatch('items.get', { id: item.id })).toEqual(before);
    // Rejecting does not ask for the approved amount.
    const other = await submit('Declaratie Zwolle');
    const rejected = (await bram('items.act', { itemId: other.id, actionNodeId: 'afwijzen' })) as ItemRecord;
    expect(rejected.status).toBe('completed');
  });

  it('refuses fields the form does not let change and values the item type refuses, nothing written', async () => {
    const { app, submit, bram } = await claim();
    const item = await submit('Declaratie Utrecht');
    const before = (await app.dispatch('items.get', { id: item.id })) as ItemRecord;
    const fields = { bedrag: 1, kostenplaats: 'Kantoor', toelichting: 12, goedgekeurdBedrag: 6250.505 };
    expect(await refusal(bram('items.act', { itemId: item.id, actionNodeId: 'akkoord', fields }))).toEqual({
      code: 'invalid_input',
      issues: [
        'fields.bedrag: cannot be changed in this task',
        'fields.kostenplaats: cannot be changed in this task',
        'fields.toelichting: is not text',
        'fields.goedgekeurdBedrag: is not an amount of money (a number with at most two decimals)',
      ],
    });
    // A user who is not on the task is refused before any field is looked at.
    const eva = app.as('user-eva').dispatch;
    expect((await refusal(eva('items.act', { itemId: item.id, actionNodeId: 'akkoord', fields }))).code).toBe(
      'forbidden',
    );
    expect(await app.dispatch('items.get', { id: item.id })).toEqual(before);
  });

  it('sets the changed fields with the action, in the item’s history with who and where', async () => {
    const { app, dir, submit, bram } = await claim();
    const item = await submit('Declaratie Utrecht');
    const fields = { goedgekeurdBedrag: 6000, toelichting: 'Treinkaartjes, zonder eerste klas' };
    const done = (await bram('items.act', { itemId: item.id, actionNodeId: 'akkoord', fields })) as ItemRecord;
    expect(done.status).toBe('completed');
    expect(done.fields).toEqual({ bedrag: 6250.5, kostenplaats: 'Reizen', ...fields });
    const changed = done.history.find((h) => h.kind === 'fieldsChanged');
    expect(changed).toMatchObject({
      nodeId: 'beoordelen',
      userId: 'user-bram',
      detail: 'goedgekeurdBedrag, toelichting',
    });
    expect(done.history.map((h) => h.kind)).toEqual(['submitted', 'entered', 'fieldsChanged', 'acted', 'completed']);
    // Written: the item reads back so from a fresh start.
    await app.close();
    opened.splice(0);
    const again = await openTestApp(dir);
    opened.push(again);
    expect(((await again.dispatch('items.get', { id: item.id })) as ItemRecord).fields).toMatchObject(fields);
  });

  it('the workflow check names a form field the item type does not have, and an action not of the task', async () => {
    const app = await openTestApp(tempDir('task-form'));
    opened.push(app);
    const form = [
      { field: 'onbekend', mode: 'editable' as const },
      { field: 'bedrag', mode: 'required' as const, actions: ['weg'] },
    ];
    const refused = await publishExpenseClaim(app.dispatch, app.store, form).then(
      () => null,
      (e: unknown) => e,
    );
    expect((refused as ApiError).code).toBe('conflict');
    const list = (await app.dispatch('workflows.list', {})) as { id: string; name: string }[];
    const wf = list.find((w) => w.name === 'Declaraties')!;
    const report = (await app.dispatch('workflows.validate', { id: wf.id })) as {
      findings: { code: string; message: string }[];
    };
    expect(report.findings.map((f) => f.message)).toEqual([
      'The form of task “Beoordelen” shows field “onbekend”, which item type “Declaratie” does not have.',
      'The form of task “Beoordelen” requires “bedrag” before an action that is not one of this task’s.',
    ]);
  });
});
