import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';
import { rpc } from '../helpers/http';
import { makeUnwritable } from '../helpers/unwritable';
import { until } from '../helpers/until';

const submission = (subject: string) => ({
  itemTypeId: 'type-accordering',
  subject,
  fields: { berichtsoort: 'btw-aangifte', instantie: 'Belastingdienst' },
});

const app = useAppInBrowser({
  viewport: { width: 1280, height: 800 },
  async prepare(host) {
    expect((await rpc(host.port, host.token, 'items.submit', submission('Btw-aangifte Q3'))).status).toBe(200);
    // Its mails are delivered (to the capture mailbox) first, so the outbox is not writing meanwhile.
    await until(async () => {
      const { queued, sending } = (await rpc(host.port, host.token, 'outbox.status', {})).json().value;
      return queued === 0 && sending === 0;
    });
    makeUnwritable(join(host.dataDir, 'outbox.json'));
    // The item is stored and the request succeeds; its mail waits for the outbox.
    expect((await rpc(host.port, host.token, 'items.submit', submission('Btw-aangifte Q4'))).status).toBe(200);
  },
});

describe('Messages when outbox.json cannot be written', () => {
  it('says that sending waits, and that nothing is lost', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/messages`);
    await page.getByText('Het postvak UIT kan niet op schijf worden opgeslagen.', { exact: false }).waitFor();
    await page.screenshot({ path: join(outputDir, 'messages-outbox-unwritable-1280.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(outputDir, 'messages-outbox-unwritable-1920.png') });
    const items = (await rpc(app.host.port, app.host.token, 'items.list', {})).json().value as { subject: string }[];
    expect(items.filter((i) => i.subject === 'Btw-aangifte Q4')).toHaveLength(1);
    expect(app.errors).toEqual([]);
  });
});
