import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressObject } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '@shared/api';
import type { ItemRecord, OutboxMessage } from '@shared/model';
import { sendThroughSmtp } from '../helpers/app-smtp';
import { vatReturn } from '../helpers/items';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();
type App = Awaited<ReturnType<typeof apps.open>>;
type Preview = ApiOutput<'templates.preview'>;

/** An approval message as another application submits it, with a payload of `size` characters. */
const submitWithPayload = (app: App, size: number) =>
  app
    .as('user-eva')
    .dispatch('items.submit', { ...vatReturn('Btw-aangifte Q4'), payload: 'x'.repeat(size) }) as Promise<ItemRecord>;

/** A template whose HTML shows the payload `times` times (the reviewer's ×20, ×60, ×600). */
const payloadTimes = (times: number) => ({
  id: `tpl-payload-${times}`,
  name: `Payload ×${times}`,
  channel: 'email' as const,
  audience: 'external' as const,
  attachments: [],
  generatedPdf: false,
  texts: { nl: { subject: 'Goedgekeurd: {{Item.Subject}}', html: `<pre>${'{{Item.Payload}}'.repeat(times)}</pre>` } },
});

const over = { kind: 'limit', part: 'html', limit: 'output', max: 1_000_000 };

describe('the output limit counts every value a template writes, and stops before the message is built', () => {
  it('previews a 1 MB payload ×20, ×60 and ×600 as over the limit, with nothing of it in the answer', async () => {
    const app = await apps.open(tempDir());
    const item = await submitWithPayload(app, 1_000_000);
    for (const times of [20, 60, 600]) {
      const preview = (await app.dispatch('templates.preview', {
        template: payloadTimes(times),
        itemId: item.id,
      })) as Preview;
      const nl = preview.renders.nl!;
      expect(nl.problems).toEqual([expect.objectContaining(over)]);
      expect(nl.problems[0]!.message).toBe('the message would be longer than 1000000 characters');
      expect([nl.html, nl.text]).toEqual(['', '']);
      expect(JSON.stringify(preview).length).toBeLessThan(20_000);
    }
  });

  it('counts exactly: 3 × 300,000 characters go, 4 × do not', async () => {
    const app = await apps.open(tempDir());
    const item = await submitWithPayload(app, 300_000);
    const three = (await app.dispatch('templates.preview', { template: payloadTimes(3), itemId: item.id })) as Preview;
    expect(three.renders.nl!.problems).toEqual([]);
    // The payload is written as JSON, a string between quotes, and each quote as &quot; in HTML: all counted.
    expect(three.renders.nl!.html).toHaveLength('<pre></pre>'.length + 3 * (300_000 + 2 * '&quot;'.length));
    const four = (await app.dispatch('templates.preview', { template: payloadTimes(4), itemId: item.id })) as Preview;
    expect(four.renders.nl!.problems).toEqual([expect.objectContaining(over)]);
  });

  it('does not mail an approved message whose template goes over the limit: the delivery fails, the outbox stays small', async () => {
    const dir = tempDir();
    const app = await apps.open(dir);
    const smtp = await sendThroughSmtp(app, apps.track);
    const { id: _new, ...fresh } = payloadTimes(20);
    const template = (await app.dispatch('templates.save', { template: fresh })) as { id: string };
    const connector = { type: 'mail', to: 'aangifte@belastingdienst.example', templateId: template.id };
    await app.dispatch('itemTypes.saveConnector', { itemTypeId: 'type-accordering', connector });
    const item = await submitWithPayload(app, 1_000_000);
    const reaction = { text: 'Akkoord', external: true };
    await app.as('user-bram').dispatch('items.act', { itemId: item.id, actionNodeId: 'a1', reaction });
    await app.runtime.idle();
    await app.outbox.drain();
    const read = (await app.dispatch('items.get', { id: item.id })) as ItemRecord;
    const reason = `template “Payload ×20” (nl): the message would be longer than 1000000 characters`;
    expect(read.delivery).toMatchObject({ via: 'mail', status: 'failed', lastError: reason });
    const mails = (await app.dispatch('messages.list', { itemId: item.id })) as OutboxMessage[];
    expect(mails.filter((m) => m.to.kind === 'address')).toEqual([]);
    const toConnector = smtp.received.filter((m) => (m.to as AddressObject).text.includes('belastingdienst'));
    expect(toConnector).toEqual([]);
    expect(statSync(join(dir, 'outbox.json')).size).toBeLessThan(200_000);
  });
});
