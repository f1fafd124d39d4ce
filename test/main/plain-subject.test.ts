import type { AddressObject } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { InboxEntry, OutboxMessage } from '@shared/model';
import { publishRecordWorkflow } from '../helpers/record-workflow';
import { sendThroughSmtp } from '../helpers/app-smtp';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();
type App = Awaited<ReturnType<typeof apps.open>>;

/** The app as an office runs it, sending through a real SMTP server (the smtp-server package) on loopback. */
async function officeWithSmtp() {
  const app = await apps.open(tempDir());
  const smtp = await sendThroughSmtp(app, apps.track);
  return { app, smtp };
}
const sendAll = async (app: App) => {
  await app.outbox.drain();
  await app.runtime.idle();
};
const to = (m: { to?: AddressObject | AddressObject[] }) => (m.to as AddressObject).text;

describe('subjects are plain text (seen at a real SMTP server)', () => {
  it('mails an item’s subject "café & crème <b>" as written; the HTML part stays escaped', async () => {
    const { app, smtp } = await officeWithSmtp();
    await app.as('user-eva').dispatch('items.submit', {
      itemTypeId: 'type-mutatie',
      subject: 'café & crème <b>',
      fields: { soort: 'Adres', ingangsdatum: '2026-12-01' },
      submitterUserId: 'user-eva',
    });
    await sendAll(app);
    const mail = smtp.received.find((m) => to(m).includes('eva@korenaar.example'))!;
    expect(mail.subject).toBe('Je mutatie “café & crème <b>” is ontvangen');
    expect(mail.html).toContain('<strong>café &amp; crème &lt;b&gt;</strong>');
    expect(mail.text).toContain('We hebben je mutatie café & crème <b> ontvangen');
  });

  it('puts a record’s title as written in the notify mail and the inbox entry of a record workflow', async () => {
    const { app, smtp } = await officeWithSmtp();
    await app.dispatch('templates.save', {
      template: {
        name: 'Deal gewijzigd',
        channel: 'both',
        audience: 'internal',
        attachments: [],
        generatedPdf: false,
        texts: { nl: { subject: 'Deal {{Record.Name}} gewijzigd', html: '<p>{{Record.Name}}: {{Record.Stage}}</p>' } },
      },
    });
    const templateId = app.store.data.templates.at(-1)!.id;
    await publishRecordWorkflow(
      app.dispatch,
      'Deal gewijzigd',
      { entity: 'deal', event: 'created' },
      { kind: 'notify', channel: 'both', to: [{ type: 'users', userIds: ['user-anna'] }], templateId },
    );
    await app.dispatch('records.create', { entity: 'deal', title: 'café & crème <b>', fields: { stage: 'Lead' } });
    await sendAll(app);
    const mail = smtp.received.find((m) => to(m).includes('a.devries@stroomlijn.example'))!;
    expect(mail.subject).toBe('Deal café & crème <b> gewijzigd');
    expect(mail.html).toContain('<p>café &amp; crème &lt;b&gt;: Lead</p>');
    const inbox = (await app.as('user-anna').dispatch('inbox.list', {})) as InboxEntry[];
    expect(inbox.map((e) => [e.subject, e.text])).toEqual([
      ['Deal café & crème <b> gewijzigd', 'café & crème <b>: Lead'],
    ]);
  });

  it('keeps a subject on one line: a field with line breaks and control characters cannot add a header', async () => {
    const { app, smtp } = await officeWithSmtp();
    await app.as('user-eva').dispatch('items.submit', {
      itemTypeId: 'type-mutatie',
      subject: 'Adres\r\nBcc: stiekem@evil.example\u0007',
      fields: { soort: 'Adres', ingangsdatum: '2026-12-01' },
      submitterUserId: 'user-eva',
    });
    await sendAll(app);
    const stored = (await app.dispatch('messages.list', { templateId: 'tpl-instuurder' })) as OutboxMessage[];
    expect(stored.map((m) => m.subject)).toEqual(['Je mutatie “Adres Bcc: stiekem@evil.example” is ontvangen']);
    expect(smtp.received.map((m) => m.subject)).toEqual(['Je mutatie “Adres Bcc: stiekem@evil.example” is ontvangen']);
    expect(
      smtp.received.every((m) => !m.bcc && !JSON.stringify(m.headerLines).includes('stiekem@evil.example\\r')),
    ).toBe(true);
  });
});
