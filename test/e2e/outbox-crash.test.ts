import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { rpc } from '../helpers/http';
import { useHostsAndSmtp } from '../helpers/host-and-smtp';
import { until } from '../helpers/until';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const processes = useHostsAndSmtp();


describe('the outbox when the app is killed while sending', () => {
  it('loses no message, and repeats none but with the same Message-ID', async () => {
    const smtp = await processes.smtp();
    const dataDir = tempDir();
    const host = await processes.host(dataDir);
    const rows = Array.from({ length: 300 }, (_, i) => `k${i},Klant ${i},klant${i}@klant.example,org-buurt,ja`);
    await rpc(host.port, host.token, 'directory.importCsv', { kind: 'contacts', csv: ['id,name,email,organisationId,consentEmail', ...rows].join('\n') });
    const targets = rows.map((_, i) => ({ kind: 'contacts', id: `k${i}` }));
    const sent = await rpc(host.port, host.token, 'mailings.send', { targets, templateId: 'tpl-instuurder' });
    expect(sent.json().value.queued).toBe(300);
    await until(() => smtp.received.length >= 60);
    const exited = once(host.child, 'exit');
    host.child.kill('SIGKILL');
    await exited;
    const atKill = smtp.received.length;
    expect(atKill).toBeLessThan(300);

    const again = await processes.host(dataDir);
    await until(() => new Set(smtp.received.map((m) => m.messageId)).size >= 300);
    await new Promise((r) => setTimeout(r, 300));
    const ids = smtp.received.map((m) => m.messageId!);
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(counts.size).toBe(300);
    expect([...counts.values()].every((n) => n <= 2)).toBe(true);
    const history = (await rpc(again.port, again.token, 'messages.list', { limit: 1000 })).json().value as { status: string }[];
    expect(history.filter((m) => m.status === 'sent')).toHaveLength(300);
  });
});
