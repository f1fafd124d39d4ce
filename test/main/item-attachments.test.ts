import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type { ItemRecord } from '@shared/model';
import type { Attachment } from '@shared/model/template';
import { openTestApp, type TestApp } from '../helpers/app';
import { EXPENSE_TYPE, publishExpenseClaim } from '../helpers/expense-claim';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const opened: TestApp[] = [];
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
});

const RECEIPT = Buffer.from('%PDF-1.4 bon van de taxi, € 42,50\n');
const errorOf = async (call: Promise<unknown>) =>
  (await call.then(
    () => null,
    (e: unknown) => e,
  )) as ApiError;

async function setUp() {
  const dir = tempDir('item-attachments');
  const app = await openTestApp(dir);
  opened.push(app);
  await publishExpenseClaim(app.dispatch, app.store);
  const files = () => (existsSync(join(dir, 'attachments')) ? readdirSync(join(dir, 'attachments')).length : 0);
  const eva = app.as('user-eva').dispatch;
  const upload = async (base64 = RECEIPT.toString('base64')) =>
    (await eva('items.addAttachment', { name: 'bon.pdf', contentType: 'application/pdf', base64 })) as Attachment;
  const submit = (bon: unknown) =>
    eva('items.submit', {
      itemTypeId: EXPENSE_TYPE,
      subject: 'Taxi',
      fields: { bedrag: 42.5, bon },
    }) as Promise<ItemRecord>;
  return { app, dir, files, eva, upload, submit };
}

describe('an attachment field', () => {
  it('uploads a file, submits the item with it, and gives it back to those who see the item', async () => {
    const { app, files, upload, submit } = await setUp();
    const bon = await upload();
    expect(bon).toMatchObject({ name: 'bon.pdf', contentType: 'application/pdf', size: RECEIPT.length });
    expect(files()).toBe(1);
    const item = await submit(bon);
    expect(item.fields.bon).toEqual(bon);
    for (const user of ['user-eva', 'user-bram', 'user-dirk']) {
      const got = (await app.as(user).dispatch('items.attachment', { itemId: item.id, attachmentId: bon.id })) as {
        base64: string;
        name: string;
      };
      expect(Buffer.from(got.base64, 'base64').equals(RECEIPT), user).toBe(true);
      expect(got.name).toBe('bon.pdf');
    }
  });

  it('refuses an id that names no stored file, and a file larger than 8 MB; nothing is written', async () => {
    const { app, files, upload, submit } = await setUp();
    const made = await errorOf(submit({ id: 'verzonnen', name: 'bon.pdf', contentType: 'application/pdf', size: 3 }));
    expect(made.issues).toEqual([{ path: 'fields.bon', message: 'is not an attached file' }]);
    expect(await app.dispatch('items.list', { itemTypeId: EXPENSE_TYPE })).toEqual([]);
    const big = Buffer.alloc(8 * 1024 * 1024 + 1, 1).toString('base64');
    const tooBig = await errorOf(upload(big));
    expect(tooBig.code).toBe('invalid_input');
    expect(tooBig.issues.map((i) => `${i.path}: ${i.message}`)).toEqual(['base64: is larger than 8 MB']);
    expect(files()).toBe(0);
  });

  it('refuses attaching to or reading from an item the caller has no part in or may not see', async () => {
    const { app, files, upload, submit } = await setUp();
    const bon = await upload();
    const item = await submit(bon);
    const other = await submit(await upload());
    const dirk = app.as('user-dirk').dispatch;
    const attach = { itemId: item.id, name: 'x.txt', base64: 'YQ==' };
    expect((await errorOf(dirk('items.addAttachment', attach))).code).toBe('forbidden');
    expect(files()).toBe(2);
    // A file of another item is not this item's to give.
    const foreign = { itemId: item.id, attachmentId: (other.fields.bon as Attachment).id };
    expect((await errorOf(app.as('user-eva').dispatch('items.attachment', foreign))).code).toBe('not_found');
    // Confidential: Dirk, who has no part in it, gets nothing.
    await app.store.update((d) => void (d.itemTypes.find((t) => t.id === EXPENSE_TYPE)!.confidential = true));
    const read = { itemId: item.id, attachmentId: bon.id };
    expect((await errorOf(dirk('items.attachment', read))).code).toBe('forbidden');
    // The manager on its task may attach.
    const byBram = (await app.as('user-bram').dispatch('items.addAttachment', attach)) as Attachment;
    expect(byBram.size).toBe(1);
  });
});
