import { describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type { MessageTemplate, OutboxMessage } from '@shared/model';
import { startSmtp } from '../helpers/smtp';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();
const open = () => apps.open(tempDir());
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: ApiError) => e,
  );

const template: MessageTemplate = {
  id: 'tpl-test',
  name: 'Test',
  channel: 'email',
  audience: 'internal',
  attachments: [],
  generatedPdf: false,
  texts: {
    nl: {
      subject: 'Beste {{Recipient.Name}}',
      html: '<p>{{Item.Subject}} {{Task.LastReaction}} {{Item.Onbekend}}</p>',
    },
    en: { subject: 'Dear {{Recipient.Name}}', html: '<p>{{Item.Subject}}</p>' },
  },
};

describe('templates and messages through the API', () => {
  it('previews every language with problems and the recipients with their e-mail chain', async () => {
    const app = await open();
    const preview = (await app.dispatch('templates.preview', {
      template,
      addressee: { type: 'role', roleId: 'role-reviewers' },
    })) as {
      renders: Record<string, { subject: string; problems: { kind: string; field?: string }[] }>;
      recipients: { name: string; email?: string; resolution: { source?: string } }[];
    };
    expect(Object.keys(preview.renders)).toEqual(['nl', 'en']);
    expect(preview.renders.nl!.subject).toBe('Beste Bram Jansen');
    expect(preview.renders.nl!.problems).toEqual([
      { kind: 'unknownField', part: 'html', field: 'Item.Onbekend', message: 'unknown field Item.Onbekend' },
    ]);
    expect(preview.recipients.map((r) => [r.name, r.email, r.resolution.source])).toEqual([
      ['Bram Jansen', 'bram.jansen@stroomlijn.example', 'personWork'],
      ['Chantal Bakker', 'chantal.bakker@mail.example', 'employeePrivate'],
    ]);
  });

  it('shows a portal user only the external reaction', async () => {
    const app = await open();
    const preview = (await app.dispatch('templates.preview', { template, addressee: { type: 'submitter' } })) as {
      renders: Record<string, { html: string }>;
    };
    expect(preview.renders.nl!.html).toContain('Graag de bijlage met de juiste periode.');
    expect(preview.renders.nl!.html).not.toContain('Intern');
  });

  it('sends one example (the preview’s copy) to the sender only, into the capture mailbox without SMTP', async () => {
    const app = await open();
    const addressee = { type: 'users', userIds: ['user-anna'] };
    const input = { template, language: 'en', addressee };
    const message = (await app.dispatch('templates.sendExample', input)) as OutboxMessage;
    const to = { kind: 'address', email: 'info@stroomlijn.example' };
    expect(message).toMatchObject({ status: 'queued', to, subject: 'Dear Anna de Vries' });
    await app.outbox.drain();
    const captured = (await app.dispatch('messages.list', { via: 'capture' })) as OutboxMessage[];
    const shown = captured.map((m) => [m.subject, m.status, m.to.email]);
    expect(shown).toEqual([['Dear Anna de Vries', 'sent', 'info@stroomlijn.example']]);
  });

  it('runs a mailing to 20 contacts: 17 queued, and lists the 2 without address and the 1 without consent', async () => {
    const app = await open();
    const rows = Array.from(
      { length: 20 },
      (_, i) => `mc${i},Contact ${i},${i < 2 ? '' : `c${i}@klant.example`},org-buurt,${i === 2 ? 'nee' : 'ja'}`,
    );
    await app.dispatch('directory.importCsv', {
      kind: 'contacts',
      csv: ['id,name,email,organisationId,consentEmail', ...rows].join('\n'),
    });
    const targets = rows.map((_, i) => ({ kind: 'contacts', id: `mc${i}` }));
    const check = (await app.dispatch('mailings.check', { targets })) as {
      recipients: { name: string; skip?: string }[];
    };
    expect(check.recipients.filter((r) => r.skip).map((r) => [r.name, r.skip])).toEqual([
      ['Contact 0', 'noAddress'],
      ['Contact 1', 'noAddress'],
      ['Contact 2', 'noConsent'],
    ]);
    const result = (await app.dispatch('mailings.send', { targets, templateId: 'tpl-instuurder' })) as {
      queued: number;
      skipped: unknown[];
    };
    expect(result.queued).toBe(17);
    expect(result.skipped).toHaveLength(3);
    await app.outbox.drain();
    const all = (await app.dispatch('messages.list', {})) as OutboxMessage[];
    expect(all.filter((m) => m.status === 'sent')).toHaveLength(17);
    expect(
      all
        .filter((m) => m.status === 'skipped')
        .map((m) => m.skipReason)
        .sort(),
    ).toEqual(['noAddress', 'noAddress', 'noConsent']);
  });

  it('keeps one generic copy of a mailing that is not recorded per destination', async () => {
    const app = await open();
    const targets = [
      { kind: 'contacts', id: 'contact-eva' },
      { kind: 'contacts', id: 'contact-piet' },
    ];
    const { mailingId } = (await app.dispatch('mailings.send', {
      targets,
      templateId: 'tpl-instuurder',
      separately: false,
    })) as { mailingId: string };
    await app.outbox.drain();
    const sent = (await app.dispatch('messages.list', { mailingId })) as OutboxMessage[];
    expect(sent.map((m) => [m.status, m.html])).toEqual([
      ['sent', ''],
      ['sent', ''],
    ]);
    const copy = (await app.dispatch('mailings.get', { mailingId })) as { html: string };
    // The generic copy holds no one's data: each personal field is a placeholder.
    expect(copy.html).toContain('Beste [Recipient.Name]');
    const kept = (await app.dispatch('mailings.send', { targets, templateId: 'tpl-instuurder' })) as {
      mailingId: string;
    };
    await app.outbox.drain();
    const personal = (await app.dispatch('messages.list', { mailingId: kept.mailingId })) as OutboxMessage[];
    expect(personal.map((m) => m.html.includes('Beste Eva Smit') || m.html.includes('Beste Piet Mulder'))).toEqual([
      true,
      true,
    ]);
    expect(await app.dispatch('messages.list', { from: '2026-11-24' })).toEqual([]);
    expect(
      ((await app.dispatch('messages.list', { from: '2026-11-23', until: '2026-11-23' })) as unknown[]).length,
    ).toBe(4);
  });

  it('tests an SMTP connection and says clearly why it fails', async () => {
    const app = await open();
    const smtp = await startSmtp({ auth: { user: 'stroomlijn', pass: 'geheim' } });
    apps.track(smtp);
    expect(
      await app.dispatch('mail.testConnection', {
        smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: 'stroomlijn', password: 'geheim' },
      }),
    ).toEqual({ ok: true });
    const wrong = await failure(
      app.dispatch('mail.testConnection', {
        smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: 'stroomlijn', password: 'fout' },
      }),
    );
    expect(wrong.message).toMatch(
      /^Could not connect to 127\.0\.0\.1:\d+: the server refused the user name or password/,
    );
  });

  it('sends the static attachments of a template with every message', async () => {
    const app = await open();
    const smtp = await startSmtp();
    apps.track(smtp);
    await app.dispatch('mail.saveSettings', {
      smtp: { host: '127.0.0.1', port: smtp.port, secure: false },
      senders: [{ id: 'sender-info', name: 'Stroomlijn', email: 'info@stroomlijn.example' }],
    });
    const attachment = (await app.dispatch('templates.addAttachment', {
      name: 'voorwaarden.txt',
      contentType: 'text/plain',
      base64: Buffer.from('Algemene voorwaarden').toString('base64'),
    })) as { id: string; size: number };
    expect(attachment.size).toBe(20);
    const saved = (await app.dispatch('templates.save', {
      template: { ...template, id: undefined, attachments: [attachment] },
    })) as MessageTemplate;
    await app.dispatch('templates.sendExample', { template: saved, language: 'nl' });
    await app.outbox.drain();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([
      ['voorwaarden.txt', 'Algemene voorwaarden'],
    ]);
    const big = await failure(
      app.dispatch('templates.addAttachment', {
        name: 'groot.bin',
        base64: Buffer.alloc(9 * 1024 * 1024).toString('base64'),
      }),
    );
    expect(big.code).toBe('invalid_input');
  });

  it('attaches the rendered message as a read-only PDF when the template asks for it', async () => {
    const app = await open();
    const smtp = await startSmtp();
    apps.track(smtp);
    await app.dispatch('mail.saveSettings', {
      smtp: { host: '127.0.0.1', port: smtp.port, secure: false },
      senders: [{ id: 'sender-info', name: 'Stroomlijn', email: 'info@stroomlijn.example' }],
    });
    await app.dispatch('templates.sendExample', { template: { ...template, generatedPdf: true }, language: 'nl' });
    await app.outbox.drain();
    const [pdf] = smtp.received[0]!.attachments;
    expect(pdf).toMatchObject({ filename: 'Test.pdf', contentType: 'application/pdf' });
    expect(pdf!.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf!.content.toString('latin1')).toContain('/Encrypt');
  });

  it('refuses to delete a template that a workflow uses', async () => {
    const app = await open();
    expect((await failure(app.dispatch('templates.remove', { id: 'tpl-instuurder' }))).message).toBe(
      '“Instuurder” is still used by Infomail instuurder.',
    );
  });
});
