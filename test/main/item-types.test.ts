import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type { ItemRecord, ItemType, Workflow } from '@shared/model';
import type { WorkflowSummary } from '@shared/api/workflow-contract';
import { DATABASE_FILE } from '../../main/store/store';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';
import { createOneTaskWorkflow, publish } from '../helpers/one-task-workflow';
import { vatReturn } from '../helpers/items';
import { createI18n } from '../../renderer/src/i18n';
import { issueReasonText } from '../../renderer/src/ui/reason-text';

const tempDir = useTempDirs();
const apps = useTestApps();
const failure = async (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: ApiError) => e,
  );

/** An expense claim as an administrator would design it: a field of every kind. */
const expenseClaim = {
  name: 'Declaratie',
  description: 'Onkosten die een medewerker terugkrijgt',
  confidential: true,
  requiredActions: ['approve', 'reject'],
  fields: [
    { key: 'omschrijving', label: 'Omschrijving', labels: { de: 'Beschreibung' }, type: 'text', required: true },
    { key: 'toelichting', label: 'Toelichting', help: { nl: 'Waarom deze kosten?' }, type: 'longText' },
    { key: 'kilometers', label: 'Kilometers', type: 'number' },
    { key: 'bedrag', label: 'Bedrag', type: 'money', required: true },
    { key: 'datum', label: 'Datum', type: 'date' },
    { key: 'soort', label: 'Soort', type: 'choice', options: ['Reis', 'Lunch', 'Materiaal'] },
    { key: 'vooruit', label: 'Vooruitbetaald', type: 'boolean' },
    { key: 'manager', label: 'Manager', type: 'user' },
    { key: 'contact', label: 'Contactpersoon', type: 'contact' },
    { key: 'organisatie', label: 'Organisatie', type: 'organisation' },
    { key: 'bon', label: 'Bon', type: 'attachment' },
  ],
};
/** An item type as the administrator's form sends it back (its connector has its own method). */
const editable = (type: ItemType) => Object.fromEntries(Object.entries(type).filter(([key]) => key !== 'connector'));
const fileOf = (dir: string) => readFileSync(join(dir, DATABASE_FILE), 'utf8');

describe("item types are the administrator's", () => {
  it('creates a type with a form of every kind, kept on disk; its items enter the workflow it routes to', async () => {
    const dir = tempDir();
    const app = await apps.open(dir);
    const type = (await app.dispatch('itemTypes.create', expenseClaim)) as ItemType;
    expect(type.fields.map((f) => f.type)).toEqual(expenseClaim.fields.map((f) => f.type));
    expect(JSON.parse(fileOf(dir)).itemTypes.find((t: ItemType) => t.id === type.id)).toMatchObject(expenseClaim);
    const claim = { itemTypeId: type.id, subject: 'Treinkaartje', fields: { omschrijving: 'Trein', bedrag: 12.5 } };
    const none = await failure(app.as('user-eva').dispatch('items.submit', { ...claim, submitterUserId: 'user-eva' }));
    expect(none).toMatchObject({ code: 'conflict' });
    expect(none.message).toBe(
      'Item type “Declaratie” has no published workflow for new items: an administrator chooses one under Item types.',
    );
    const workflowId = await createOneTaskWorkflow(app.dispatch, 'Declaratie beoordelen', type.id, 'Beoordelen');
    expect(await publish(app.dispatch, workflowId)).toMatchObject({ route: 'entered', routedWorkflowId: workflowId });
    const item = (await app
      .as('user-eva')
      .dispatch('items.submit', { ...claim, submitterUserId: 'user-eva' })) as ItemRecord;
    expect(item).toMatchObject({ workflowId, version: 1, tasks: [{ nodeId: 't' }] });
    // Confidential by default: a colleague who is not involved does not see it.
    expect((await failure(app.as('user-dirk').dispatch('items.get', { id: item.id }))).code).toBe('forbidden');
  });

  it('refuses bad input per field and writes nothing', async () => {
    const dir = tempDir();
    const app = await apps.open(dir);
    const before = fileOf(dir);
    const bad = {
      ...expenseClaim,
      fields: [
        { key: 'soort', label: 'Soort', type: 'choice', options: [] },
        { key: 'Soort', label: 'Soort 2', type: 'text' },
      ],
      workflowId: 'wf-infomail',
      routing: { fieldKey: 'Soort', byValue: [] },
    };
    const refused = await failure(app.dispatch('itemTypes.create', bad));
    expect(refused.code).toBe('invalid_input');
    expect(refused.issues).toMatchObject([
      { path: 'fields[0].options', message: 'a choice needs at least one value' },
      { path: 'fields[1].key', message: 'is used by another field' },
      { path: 'workflowId', message: '“Infomail instuurder” is not a workflow of this type' },
      { path: 'routing.fieldKey', message: 'is not a choice field of this type' },
    ]);
    const nl = (await createI18n('nl')).t;
    expect(refused.issues!.map((issue) => issueReasonText(nl, issue))).toEqual([
      'een keuzeveld heeft minstens één waarde nodig',
      'is al de sleutel van een ander veld',
      '“Infomail instuurder” is geen workflow van dit type',
      'is geen keuzeveld van dit type',
    ]);
    const badKey = await failure(
      app.dispatch('itemTypes.create', { name: 'X', fields: [{ key: '1x', label: 'X', type: 'text' }] }),
    );
    expect(badKey.issues?.[0]?.path).toBe('fields[0].key');
    expect((await failure(app.dispatch('itemTypes.update', { id: 'type-nope', name: 'X' }))).code).toBe('not_found');
    expect((await failure(app.as('user-eva').dispatch('itemTypes.create', expenseClaim))).code).toBe('forbidden');
    expect(fileOf(dir)).toBe(before);
  });

  it('a rename keeps its items, workflows and submits working', async () => {
    const app = await apps.open(tempDir());
    const first = (await app.as('user-eva').dispatch('items.submit', vatReturn('Btw Q3'))) as ItemRecord;
    const type = app.store.data.itemTypes.find((t) => t.id === 'type-accordering')!;
    const renamed = (await app.dispatch('itemTypes.update', {
      ...editable(type),
      name: 'Aangifte ter accordering',
    })) as ItemType;
    expect(renamed).toMatchObject({
      id: 'type-accordering',
      name: 'Aangifte ter accordering',
      workflowId: 'wf-accordering',
    });
    const second = (await app.as('user-eva').dispatch('items.submit', vatReturn('Btw Q4'))) as ItemRecord;
    expect(second).toMatchObject({ itemTypeId: 'type-accordering', workflowId: 'wf-accordering' });
    const list = (await app.dispatch('workflows.list', {})) as WorkflowSummary[];
    expect(list.find((w) => w.id === 'wf-accordering')).toMatchObject({
      itemTypeId: 'type-accordering',
      entry: { asDefault: true },
    });
    expect(
      await app
        .as('user-bram')
        .dispatch('items.act', { itemId: first.id, actionNodeId: 'a1', reaction: { text: 'ok', external: false } }),
    ).toMatchObject({ status: 'completed' });
  });

  it('refuses to delete a type that workflows or items use, naming them, and writes nothing', async () => {
    const dir = tempDir();
    const app = await apps.open(dir);
    const before = fileOf(dir);
    const used = await failure(app.dispatch('itemTypes.delete', { id: 'type-mutatie' }));
    expect(used).toMatchObject({
      code: 'conflict',
      message: 'Item type “Medewerkermutatie” is still used by “Infomail instuurder”; it stays.',
    });
    expect(fileOf(dir)).toBe(before);
    const type = (await app.dispatch('itemTypes.create', { name: 'Tijdelijk', fields: [] })) as ItemType;
    const wf = await createOneTaskWorkflow(app.dispatch, 'Tijdelijk', type.id, 'Kijken');
    await publish(app.dispatch, wf);
    const item = (await app.dispatch('items.submit', { itemTypeId: type.id, subject: 'Eén' })) as ItemRecord;
    await app.dispatch('workflows.remove', { id: wf });
    const byItems = await failure(app.dispatch('itemTypes.delete', { id: type.id }));
    expect(byItems.message).toBe(`Item type “Tijdelijk” is still used by ${item.number}; it stays.`);
    await publish(app.dispatch, await createOneTaskWorkflow(app.dispatch, 'Tijdelijk 2', type.id, 'Kijken'));
    const numbers = [item.number];
    for (const subject of ['Twee', 'Drie', 'Vier', 'Vijf']) {
      numbers.push(((await app.dispatch('items.submit', { itemTypeId: type.id, subject })) as ItemRecord).number);
    }
    // The workflow and the first two items are named, the three others counted in words every language reads.
    const byMany = await failure(app.dispatch('itemTypes.delete', { id: type.id }));
    expect(byMany.reason?.params?.uses).toBe(`“Tijdelijk 2”, ${numbers[0]}, ${numbers[1]}, +3`);
    const free = (await app.dispatch('itemTypes.create', { name: 'Ongebruikt' })) as ItemType;
    expect(await app.dispatch('itemTypes.delete', { id: free.id })).toEqual({ removed: true });
    expect(app.store.data.itemTypes.some((t) => t.id === free.id)).toBe(false);
  });

  it('a field cannot change its kind while an item holds a value of it; the refusal says which items', async () => {
    const dir = tempDir();
    const app = await apps.open(dir);
    const item = (await app
      .as('user-eva')
      .dispatch('items.submit', vatReturn('Btw', { klant: 'Korenaar' }))) as ItemRecord;
    const type = structuredClone(app.store.data.itemTypes.find((t) => t.id === 'type-accordering')!);
    const before = fileOf(dir);
    const klant = type.fields.findIndex((f) => f.key === 'klant');
    type.fields[klant] = { ...type.fields[klant]!, type: 'number' };
    const refused = await failure(app.dispatch('itemTypes.update', editable(type)));
    expect(refused.issues).toMatchObject([
      {
        path: `fields[${klant}].type`,
        message: `cannot change from text to number: these items hold a value: ${item.number}`,
      },
    ]);
    // The Dutch UI says it in Dutch: the issue carries a reason the renderer's translator knows.
    const nl = (await createI18n('nl')).t;
    expect(refused.issues!.map((issue) => issueReasonText(nl, issue))).toEqual([
      `kan niet van soort veranderen: deze dossieritems hebben een waarde: ${item.number}`,
    ]);
    expect(fileOf(dir)).toBe(before);
    type.fields.push({ key: 'bedrag', label: 'Bedrag', type: 'money', required: false });
    type.fields[klant] = { ...type.fields[klant]!, type: 'longText', required: true };
    type.fields.reverse();
    await expect(
      app.dispatch('itemTypes.update', { ...editable(type), fields: type.fields.filter((f) => f.key !== 'klant') }),
    ).resolves.toMatchObject({ fields: [{ key: 'bedrag' }, { key: 'instantie' }, { key: 'berichtsoort' }] });
    const workflows = (await app.dispatch('workflows.list', {})) as Workflow[];
    expect(workflows.length).toBeGreaterThan(0);
  });
});
