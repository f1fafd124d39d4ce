import type { AddressObject } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { OutboxMessage } from '@shared/model';
import { sendThroughSmtp } from '../helpers/app-smtp';
import { offerTemplate as template } from '../helpers/offer-template';
import { rejection } from '../helpers/rejection';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();

async function office() {
  const app = await apps.open(tempDir());
  const smtp = await sendThroughSmtp(app, apps.track);
  const save = async (kind: string, entry: object) =>
    ((await app.dispatch('directory.save', { kind, entry })) as { id: string }).id;
  const wieke = await save('contacts', { name: 'Wieke Veenstra', email: 'wieke@veenstra.example', consentEmail: true });
  const joost = await save('contacts', {
    name: 'Joost Hoekstra',
    email: 'joost@hoekstra.example',
    consentEmail: false,
  });
  const { id: templateId } = (await app.dispatch('templates.save', { template })) as { id: string };
  const { senders } = (await app.dispatch('mail.settings', {})) as { senders: { email: string; name: string }[] };
  const targets = [
    { kind: 'contacts', id: joost },
    { kind: 'contacts', id: wieke },
  ];
  return { app, smtp, templateId, targets, sender: senders[0]! };
}

const fromOf = (m: { from?: AddressObject }) => m.from!.value[0]!;

describe('the mailing wizard: one example to the sender, the sender overridden for this mailing', () => {
  it('sends one example (the first recipient who can get it) to the sender only', async () => {
    const { app, smtp, templateId, targets, sender } = await office();
    const example = (await app.dispatch('mailings.sendExample', { targets, templateId })) as OutboxMessage;
    expect(example.to).toMatchObject({ kind: 'address', email: sender.email });
    await app.outbox.drain();
    expect(smtp.received.map((m) => [m.subject, (m.to as AddressObject).value[0]!.address])).toEqual([
      ['Uw offerte, Wieke Veenstra', sender.email],
    ]);
  });

  it('sends the mailing and its example in the name and address given for it, one of the senders', async () => {
    const { app, smtp, templateId, targets, sender } = await office();
    const from = { name: 'Marieke, binnendienst', email: sender.email.toUpperCase() };
    await app.dispatch('mailings.sendExample', { targets, templateId, from });
    await app.dispatch('mailings.send', { targets, templateId, from });
    await app.outbox.drain();
    expect(smtp.received.map((m) => fromOf(m).name)).toEqual(['Marieke, binnendienst', 'Marieke, binnendienst']);
  });

  it('refuses an address that is not one of the senders, or a name of two lines, before anything is queued', async () => {
    const { app, smtp, templateId, targets } = await office();
    const before = ((await app.dispatch('messages.list', {})) as unknown[]).length;
    const stranger = { name: 'De directeur', email: 'ceo@elders.example' };
    for (const method of ['mailings.send', 'mailings.sendExample']) {
      const refused = await rejection(app.dispatch(method, { targets, templateId, from: stranger }));
      expect(refused.code).toBe('invalid_input');
      expect(refused.issues).toEqual([
        { path: 'from.email', message: 'is not one of the sender addresses under Settings → Mail' },
      ]);
    }
    const injected = { name: 'Kantoor\r\nBcc: iedereen@elders.example', email: 'info@stroomlijn.example' };
    const twoLines = await rejection(app.dispatch('mailings.send', { targets, templateId, from: injected }));
    expect(twoLines.issues[0]).toMatchObject({ path: 'from.name', message: 'must be one line' });
    await app.outbox.drain();
    expect(((await app.dispatch('messages.list', {})) as unknown[]).length).toBe(before);
    expect(smtp.received).toEqual([]);
  });
});
