import { describe, expect, it } from 'vitest';
import type { OutboxMessage } from '@shared/model';
import { sendThroughSmtp } from '../helpers/app-smtp';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';
import { offerTemplate as template } from '../helpers/offer-template';

const tempDir = useTempDirs();
const apps = useTestApps();

describe('the mail sent to a contact is kept with the contact (seed 003)', () => {
  it('lists a mailing sent through a real SMTP server on the contact, its organisation and person', async () => {
    const app = await apps.open(tempDir());
    const smtp = await sendThroughSmtp(app, apps.track);
    const save = async (kind: string, entry: object) =>
      ((await app.dispatch('directory.save', { kind, entry })) as { id: string }).id;
    const org = await save('organisations', { name: 'Dakdekkers Veenstra', city: 'Sneek' });
    const person = await save('persons', { firstName: 'Wieke', lastName: 'Veenstra', organisationId: org });
    const wieke = await save('contacts', {
      name: 'Wieke Veenstra',
      email: 'wieke@veenstra.example',
      organisationId: org,
      personId: person,
      consentEmail: true,
    });
    const joost = { name: 'Joost Hoekstra', email: 'joost@hoekstra.example', consentEmail: true };
    const other = await save('contacts', joost);
    const { id: templateId } = (await app.dispatch('templates.save', { template })) as { id: string };
    await app.dispatch('mailings.send', { targets: [{ kind: 'contacts', id: wieke }], templateId });
    await app.outbox.drain();
    expect(smtp.received.map((m) => m.subject)).toEqual(['Uw offerte, Wieke Veenstra']);

    const listed = async (kind: string, id: string) =>
      ((await app.dispatch('messages.list', { recipient: { kind, id } })) as OutboxMessage[]).map((m) => [
        m.subject,
        m.status,
        m.to.email,
      ]);
    const sent = [['Uw offerte, Wieke Veenstra', 'sent', 'wieke@veenstra.example']];
    expect(await listed('contacts', wieke)).toEqual(sent);
    expect(await listed('organisations', org)).toEqual(sent);
    expect(await listed('persons', person)).toEqual(sent);
    expect(await listed('contacts', other)).toEqual([]);
  });
});
