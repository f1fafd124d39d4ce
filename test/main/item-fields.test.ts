import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type { FieldDef, ItemRecord } from '@shared/model';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
let api: ApiTestHost;
beforeAll(async () => {
  api = await startApiTestHost(tempDir('item-fields'), tempDir('renderer'));
  // "Medewerkermutatie" (seed 000) with a field of every kind besides its own choice and date.
  const more: FieldDef[] = [
    { key: 'uren', label: 'Uren per week', type: 'number', required: false },
    { key: 'definitief', label: 'Definitief', type: 'boolean', required: false },
    { key: 'leidinggevende', label: 'Leidinggevende', type: 'user', required: false },
    { key: 'toelichting', label: 'Toelichting', type: 'text', required: false },
  ];
  await api.app.store.update((d) => void d.itemTypes.find((t) => t.id === 'type-mutatie')!.fields.push(...more));
});
afterAll(() => api.close());

const issuesOf = (error: unknown) => (error as ApiError).issues.map((i) => `${i.path}: ${i.message}`);
const counts = async () => ({
  items: ((await api.app.dispatch('items.list', {})) as ItemRecord[]).length,
  messages: ((await api.app.dispatch('messages.list', {})) as unknown[]).length,
});

describe('submitting an item checks its fields against the item type', () => {
  it('API v1: 422 naming each field at fault and an unknown submitter; nothing written, no number used', async () => {
    const before = await counts();
    const bad = await api.call('POST', '/items', {
      body: {
        itemTypeId: 'type-accordering',
        subject: 'Btw Q4',
        fields: { berichtsoort: 'btw', klant: 12, bedrag: 100 },
        submitterUserId: 'user-niemand',
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.json().error.code).toBe('invalid_input');
    expect(bad.json().error.issues).toEqual([
      { path: 'body.fields.bedrag', message: 'is not a field of this item type' },
      {
        path: 'body.fields.berichtsoort',
        message: 'is not one of: btw-aangifte, icp-aangifte, aangifte loonheffing, KvK-stukken',
      },
      { path: 'body.fields.instantie', message: 'is required' },
      { path: 'body.fields.klant', message: 'is not text' },
      { path: 'body.submitterUserId', message: 'is not a user' },
    ]);
    expect(await counts()).toEqual(before);
    const good = await api.call('POST', '/items', {
      body: {
        itemTypeId: 'type-accordering',
        subject: 'Btw Q4',
        fields: { berichtsoort: 'btw-aangifte', instantie: 'Belastingdienst', klant: 'Bakkerij de Korenaar' },
        submitterUserId: 'user-eva',
      },
    });
    expect(good.status).toBe(201);
    expect(good.json()).toMatchObject({
      number: 'D-2026-0001',
      fields: { berichtsoort: 'btw-aangifte', instantie: 'Belastingdienst', klant: 'Bakkerij de Korenaar' },
    });
  });

  it('checks each kind: number, date, yes/no, a user that exists, a choice in its list', async () => {
    const submit = (fields: Record<string, unknown>) =>
      api.app.as('user-dirk').dispatch('items.submit', {
        itemTypeId: 'type-mutatie',
        subject: 'Adreswijziging',
        fields,
        submitterUserId: 'user-dirk',
      });
    const wrong = await submit({
      soort: 'Adres',
      ingangsdatum: '1 december',
      uren: '32',
      definitief: 'ja',
      leidinggevende: 'user-niemand',
      toelichting: ['x'],
    }).catch((e: unknown) => e);
    expect(issuesOf(wrong)).toEqual([
      'fields.ingangsdatum: is not a date',
      'fields.uren: is not a number',
      'fields.definitief: is not yes or no (true or false)',
      'fields.leidinggevende: is not a user',
      'fields.toelichting: is not text',
    ]);
    expect((wrong as ApiError).code).toBe('invalid_input');
    const ok = { soort: 'Uren', ingangsdatum: '2026-12-01', uren: 32, definitief: true, leidinggevende: 'user-anna' };
    expect(((await submit(ok)) as ItemRecord).fields).toEqual(ok);
  });

  it('refuses a date that does not exist (2026-02-30, 2025-02-29, 24:00) by its field; nothing written', async () => {
    const before = await counts();
    const body = (ingangsdatum: string) => ({
      itemTypeId: 'type-mutatie',
      subject: 'Verhuizing naar Zeist',
      fields: { soort: 'Adres', ingangsdatum },
      submitterUserId: 'user-dirk',
    });
    for (const date of ['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-11-27T24:00']) {
      const refused = await api.call('POST', '/items', { body: body(date) });
      expect(refused.status).toBe(422);
      expect(refused.json().error.issues).toEqual([
        { path: 'body.fields.ingangsdatum', message: 'is a date that does not exist' },
      ]);
    }
    expect(await counts()).toEqual(before);
    const leap = await api.call('POST', '/items', { body: body('2028-02-29') });
    expect(leap.status).toBe(201);
    expect(leap.json().fields.ingangsdatum).toBe('2028-02-29');
  });

  it('changing an item’s fields checks those it changes, and changes nothing when one is wrong', async () => {
    const item = (await api.app.as('user-dirk').dispatch('items.submit', {
      itemTypeId: 'type-mutatie',
      subject: 'Bankrekening',
      fields: { soort: 'Bankrekening', ingangsdatum: '2026-12-01' },
      submitterUserId: 'user-dirk',
    })) as ItemRecord;
    // Anna handles the mutation (role payroll): she may change its fields, each checked.
    const refused = await api.app
      .as('user-anna')
      .dispatch('items.updateFields', {
        id: item.id,
        fields: { uren: 'veel', soort: '', kleur: 'blauw' },
      })
      .catch((e: unknown) => e);
    expect(issuesOf(refused)).toEqual([
      'fields.kleur: is not a field of this item type',
      'fields.soort: is required',
      'fields.uren: is not a number',
    ]);
    expect(await api.app.as('user-dirk').dispatch('items.get', { id: item.id })).toEqual(item);
    const changed = (await api.app.as('user-anna').dispatch('items.updateFields', {
      id: item.id,
      fields: { uren: 36 },
    })) as ItemRecord;
    expect(changed.fields).toEqual({ soort: 'Bankrekening', ingangsdatum: '2026-12-01', uren: 36 });
  });
});
