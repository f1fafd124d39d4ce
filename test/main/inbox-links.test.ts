import { describe, expect, it } from 'vitest';
import type { InboxEntry, ItemRecord } from '@shared/model';
import { openTestApp } from '../helpers/app';
import { addUser, publishNoticeWorkflow } from '../helpers/inbox-workflows';
import { publishRecordWorkflow } from '../helpers/record-workflow';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();
const inboxOf = async (app: Awaited<ReturnType<typeof openTestApp>>, userId: string) =>
  (await app.as(userId).dispatch('inbox.list', {})) as InboxEntry[];

describe('inbox links: only what the reader may open', () => {
  it('a confidential item links for its submitter, not for a colleague who was only told of it', async () => {
    const app = apps.track(await openTestApp(tempDir()));
    const sanne = await addUser(app.dispatch, 'Sanne Hoekstra', 'sanne@hoekstra-advies.example');
    const joost = await addUser(app.dispatch, 'Joost Verbeek', 'joost@hoekstra-advies.example');
    const setup = { itemTypeId: 'type-uitgaande-post', notified: [sanne, joost], taskUser: sanne, confidential: true };
    await publishNoticeWorkflow(app.dispatch, setup);
    const item = (await app.as(sanne).dispatch('items.submit', {
      itemTypeId: 'type-uitgaande-post',
      subject: 'Aangetekende brief aan de verhuurder',
      fields: { onderwerp: 'Huuropzegging kantoor Spoorlaan' },
    })) as ItemRecord;

    const [hers] = await inboxOf(app, sanne);
    const [his] = await inboxOf(app, joost);
    expect(hers).toMatchObject({ itemId: item.id });
    // He was told of it, but the item is closed to him: the entry keeps its words, not the link.
    expect(his?.subject).toBe(hers?.subject);
    expect(his).not.toHaveProperty('itemId');
    await expect(app.as(joost).dispatch('items.detail', { id: item.id })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('a Directory contact links for an administrator only; a removed contact links for nobody', async () => {
    const app = apps.track(await openTestApp(tempDir()));
    const sanne = await addUser(app.dispatch, 'Sanne Hoekstra', 'sanne@hoekstra-advies.example');
    await publishRecordWorkflow(
      app.dispatch,
      'Nieuwe relatie',
      { entity: 'contact', event: 'created' },
      {
        kind: 'notify',
        channel: 'inbox',
        to: [{ type: 'users', userIds: [sanne, 'user-anna'] }],
        templateId: 'tpl-bellen-verlopen',
      },
    );
    const saved = (await app.dispatch('directory.save', {
      kind: 'contacts',
      entry: { name: 'Femke Dijkstra', email: 'femke@dijkstra-bouw.example', consentEmail: true },
    })) as { id: string };

    const linked = expect.objectContaining({ recordId: saved.id, entity: 'contact' });
    expect(await inboxOf(app, 'user-anna')).toEqual([linked]);
    const [hers] = await inboxOf(app, sanne);
    expect(hers).toBeDefined();
    expect(hers).not.toHaveProperty('recordId');
    await expect(app.as(sanne).dispatch('directory.get', {})).rejects.toMatchObject({ code: 'forbidden' });

    await app.dispatch('directory.remove', { kind: 'contacts', id: saved.id });
    expect(await inboxOf(app, 'user-anna')).toEqual([expect.not.objectContaining({ recordId: saved.id })]);
  });
});
