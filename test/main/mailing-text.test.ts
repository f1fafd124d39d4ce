import type { AddressObject, ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { OutboxMessage } from '@shared/model';
import type { Attachment } from '@shared/model/template';
import { sendThroughSmtp } from '../helpers/app-smtp';
import { rejection } from '../helpers/rejection';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();

/** A PDF-ish file with bytes that are no text, as an office attaches a price list. */
const priceList = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10, 0x80, 0x0a, 0x42]);

async function office() {
  const app = await apps.open(tempDir());
  const smtp = await sendThroughSmtp(app, apps.track);
  const save = async (kind: string, entry: object) =>
    ((await app.dispatch('directory.save', { kind, entry })) as { id: string }).id;
  const email = 'ruud@bakker.example';
  const ruud = await save('contacts', { name: 'Ruud & Zn <Bakker>', email, consentEmail: true });
  const anne = await save('contacts', { name: 'Anne de Vries', email: 'anne@devries.example', consentEmail: true });
  const targets = [
    { kind: 'contacts', id: ruud },
    { kind: 'contacts', id: anne },
  ];
  const upload = { name: 'prijslijst 2027.pdf', contentType: 'application/pdf', base64: priceList.toString('base64') };
  const attachment = (await app.dispatch('templates.addAttachment', upload)) as Attachment;
  const messages = async () => ((await app.dispatch('messages.list', {})) as OutboxMessage[]).length;
  return { app, smtp, targets, attachment, messages };
}

const text = (attachment: Attachment) => ({
  subject: 'Prijzen & <b>nieuws</b> voor {{Recipient.Name}}',
  body: 'Beste {{Recipient.Name}},\n\nOnze prijzen <b>stijgen</b> & dalen.\nGroet, {{Sender.Name}}',
  attachments: [attachment],
});
const to = (m: ParsedMail) => (m.to as AddressObject).value[0]!.address;
const byRecipient = (received: ParsedMail[]) => [...received].sort((a, b) => to(a)!.localeCompare(to(b)!));

describe('a mailing with its own typed text (no template fits)', () => {
  it('sends each contact their own copy: plain subject, escaped HTML, the same text part, the file', async () => {
    const { app, smtp, targets, attachment } = await office();
    const sent = (await app.dispatch('mailings.send', { targets, text: text(attachment), language: 'nl' })) as {
      queued: number;
    };
    expect(sent.queued).toBe(2);
    await app.outbox.drain();
    const [anne, ruud] = byRecipient(smtp.received);
    expect(ruud!.subject).toBe('Prijzen & <b>nieuws</b> voor Ruud & Zn <Bakker>');
    expect(anne!.subject).toBe('Prijzen & <b>nieuws</b> voor Anne de Vries');
    expect(ruud!.html).toContain('<p>Beste Ruud &amp; Zn &lt;Bakker&gt;,</p><p>Onze prijzen');
    expect(ruud!.html).toContain('Onze prijzen &lt;b&gt;stijgen&lt;/b&gt; &amp; dalen.');
    expect(ruud!.html).not.toContain('<b>');
    expect(ruud!.text).toContain('Beste Ruud & Zn <Bakker>,\n\nOnze prijzen <b>stijgen</b> & dalen.');
    expect(ruud!.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['prijslijst 2027.pdf', 'application/pdf'],
    ]);
    expect(Buffer.compare(ruud!.attachments[0]!.content, priceList)).toBe(0);
  });

  it('shows the first copy in the check, sends one example to the sender, keeps the subject in the history', async () => {
    const { app, smtp, targets, attachment } = await office();
    const input = { targets, text: text(attachment), language: 'nl' };
    const checked = (await app.dispatch('mailings.check', input)) as { preview: { subject: string }; problems: [] };
    expect(checked.problems).toEqual([]);
    expect(checked.preview.subject).toBe('Prijzen & <b>nieuws</b> voor Ruud & Zn <Bakker>');
    await app.dispatch('mailings.sendExample', input);
    const { mailingId } = (await app.dispatch('mailings.send', input)) as { mailingId: string };
    await app.outbox.drain();
    expect(smtp.received.map((m) => m.attachments.length)).toEqual([1, 1, 1]);
    const history = (await app.dispatch('messages.list', { mailingId })) as OutboxMessage[];
    expect(history.map((m) => [m.subject, m.status, m.source.templateId]).sort()).toEqual([
      ['Prijzen & <b>nieuws</b> voor Anne de Vries', 'sent', undefined],
      ['Prijzen & <b>nieuws</b> voor Ruud & Zn <Bakker>', 'sent', undefined],
    ]);
    const status = (await app.dispatch('mailings.get', { mailingId })) as { subject: string; templateId?: string };
    expect(status).toMatchObject({ subject: 'Prijzen & <b>nieuws</b> voor [Recipient.Name]' });
    expect(status.templateId).toBeUndefined();
    const { entries } = (await app.dispatch('audit.list', {})) as { entries: { action: string; target?: string }[] };
    expect(entries.find((e) => e.action === 'mailingSent')?.target).toBe(input.text.subject);
  });

  it('resends the same content: subject, both parts and the file', async () => {
    const { app, smtp, targets, attachment } = await office();
    const { mailingId } = (await app.dispatch('mailings.send', { targets, text: text(attachment) })) as {
      mailingId: string;
    };
    await app.outbox.drain();
    const [first] = (await app.dispatch('messages.list', { mailingId })) as OutboxMessage[];
    await app.dispatch('messages.resend', { id: first!.id });
    await app.outbox.drain();
    const [original, again] = smtp.received.filter((m) => to(m) === first!.to.email);
    expect(again).toBeDefined();
    expect([again!.subject, again!.html, again!.text]).toEqual([original!.subject, original!.html, original!.text]);
    expect(Buffer.compare(again!.attachments[0]!.content, priceList)).toBe(0);
  });

  it('refuses a broken text, a field no mailing has, an empty subject or an unknown file: nothing is queued', async () => {
    const { app, smtp, targets, attachment, messages } = await office();
    const before = await messages();
    const good = text(attachment);
    const refusals = [
      { ...good, body: 'Beste {{#if Recipient.Name}}klant' },
      { ...good, body: 'Beste {{Contact.Nmae}} van {{Item.Subject}}' },
      { ...good, subject: '  ' },
      { ...good, attachments: [{ ...attachment, id: 'nergens' }] },
    ];
    for (const typed of refusals) {
      for (const method of ['mailings.send', 'mailings.sendExample']) {
        const refused = await rejection(app.dispatch(method, { targets, text: typed }));
        expect(refused.code).toBe('invalid_input');
      }
    }
    const typo = await rejection(app.dispatch('mailings.send', { targets, text: refusals[1] }));
    expect(typo.reason).toEqual({ key: 'mailingNotSent' });
    expect(typo.issues.map((i) => i.reason?.params?.field)).toEqual(['{{Contact.Nmae}}', '{{Item.Subject}}']);
    const both = await rejection(app.dispatch('mailings.send', { targets, text: good, templateId: 'x' }));
    expect(both.issues[0]?.reason?.key).toBe('templateOrText');
    const checked = (await app.dispatch('mailings.check', { targets, text: refusals[1] })) as {
      problems: { kind: string; field: string }[];
    };
    expect(checked.problems.map((p) => p.field)).toEqual(['Contact.Nmae', 'Item.Subject']);
    await app.outbox.drain();
    expect(await messages()).toBe(before);
    expect(smtp.received).toEqual([]);
  });
});
