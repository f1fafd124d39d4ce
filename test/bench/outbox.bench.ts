// Outbox throughput (issue 4): 2,000 messages rendered, stored durably and sent through our outbox
// to a local smtp-server, against 2,000 pre-built messages through raw nodemailer with the same
// pool settings, in the same run. Target: ours ≥ 0.95× raw nodemailer (issue 17).
// Render: a 1 KB template with 10 fields (subject, HTML and text) with our cache vs raw Handlebars
// rendering the HTML only. Target: ours ≥ 0.5× raw precompiled (issue 17).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import nodemailer from 'nodemailer';
import { afterAll, bench, describe } from 'vitest';
import { Outbox } from '../../main/mail/outbox';
import { openOutboxStore } from '../../main/mail/outbox-store';
import { POOL, smtpTransport } from '../../main/mail/transport';
import { renderTemplate, sampleData } from '@shared/messages';
import type { MessageTemplate } from '@shared/model';
import { systemClock } from '../../main/clock';
import { startSmtp } from '../helpers/smtp';

const N = 2000;
const smtp = await startSmtp();
const fields = [
  'Recipient.Name',
  'Item.Subject',
  'Item.Number',
  'Item.Status',
  'Task.Title',
  'Task.LastExternalReaction',
  'Sender.Name',
  'Sender.Email',
  'Organisation.Name',
  'Organisation.City',
];
const body = `<p>${fields.map((f) => `{{${f}}}`).join(' · ')}</p>`.padEnd(1024, ' ');
const template: Pick<MessageTemplate, 'texts'> = {
  texts: { nl: { subject: 'Bericht voor {{Recipient.Name}}', html: body } },
};

describe(`${N} messages to a local SMTP server`, () => {
  // Each run's store is closed after the runs (a proper close writes the file twice: not part of a send).
  const stores: Awaited<ReturnType<typeof openOutboxStore>>[] = [];
  afterAll(async () => {
    for (const store of stores) await store.close();
  });
  bench(
    'Stroomlijn outbox (render + durable store + send)',
    async () => {
      const store = await openOutboxStore(mkdtempSync(join(tmpdir(), 'bench-outbox-')), systemClock);
      stores.push(store);
      const transport = smtpTransport({ host: '127.0.0.1', port: smtp.port, secure: false });
      const outbox = new Outbox({ store, clock: systemClock, transport: () => transport, timers: false });
      const data = sampleData('nl');
      const drafts = Array.from({ length: N }, (_, i) => {
        const r = renderTemplate(
          template,
          'nl',
          { ...data, Recipient: { Name: `Klant ${i}`, Email: `k${i}@x.example` } },
          null,
        );
        return {
          from: { name: 'Stroomlijn', email: 'noreply@x.example' },
          to: { kind: 'address' as const, name: `Klant ${i}`, email: `k${i}@x.example`, chain: [], external: false },
          language: 'nl' as const,
          subject: r.subject,
          html: r.html,
          text: r.text,
          source: { kind: 'mailing' as const },
        };
      });
      await outbox.enqueue(drafts);
      await outbox.drain();
      transport.close();
    },
    { iterations: 3, warmupIterations: 1 },
  );
  bench(
    'raw nodemailer (pre-built, same pool)',
    async () => {
      const transporter = nodemailer.createTransport({ ...POOL, host: '127.0.0.1', port: smtp.port, secure: false });
      await Promise.all(
        Array.from({ length: N }, (_, i) =>
          transporter.sendMail({
            from: 'noreply@x.example',
            to: `k${i}@x.example`,
            subject: `Bericht voor Klant ${i}`,
            html: body,
            text: body,
          }),
        ),
      );
      transporter.close();
    },
    { iterations: 3, warmupIterations: 1 },
  );
});

describe('render a 1 KB template with 10 fields', () => {
  const data = sampleData('nl');
  const compiled = Handlebars.compile(body);
  bench('Stroomlijn renderTemplate (cached)', () => {
    renderTemplate(template, 'nl', data, null);
  });
  bench('raw Handlebars (precompiled)', () => {
    compiled(data);
  });
  bench('raw Handlebars (compile each time)', () => {
    Handlebars.compile(body)(data);
  });
});
