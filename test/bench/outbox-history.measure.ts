// Message history out of the outbox file (DESIGN §9): the cost of enqueueing one message (stored
// durably, acknowledged) while 100,000 handled messages of history exist — before, with all of
// them in outbox.json (what every send used to rewrite), and after, with them moved to the
// monthly message archive by the real code. Prints both, the ratio, and what the move took.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { percentiles } from './percentiles';
import { systemClock } from '../../main/clock';
import { MessageArchive } from '../../main/mail/message-archive';
import { MessageHistory } from '../../main/mail/message-history';
import { Outbox } from '../../main/mail/outbox';
import { OUTBOX_FILE, openOutboxStore } from '../../main/mail/outbox-store';
import { captureTransport } from '../../main/mail/transport';
import type { OutboxDocument, OutboxMessage } from '@shared/model';
import { messageDraft } from '../helpers/message-draft';

const HISTORY = Number(process.env.BENCH_MESSAGES ?? 100_000);
const SAMPLES = 20;
const DAY = 24 * 60 * 60_000;

/** Message `i` of a year of history, sent (its body as a workflow mail would have one). */
const old = (i: number): OutboxMessage => {
  const at = new Date(Date.now() - 2 * DAY - Math.floor((i / HISTORY) * 365 * DAY)).toISOString();
  return {
    id: `old-${i}`,
    messageId: `<old-${i}@stroomlijn.local>`,
    createdAt: at,
    status: 'sent',
    via: 'smtp',
    sentAt: at,
    attempts: 1,
    response: '250 2.0.0 OK queued',
    from: { name: 'Stroomlijn', email: 'noreply@stroomlijn.example' },
    to: {
      kind: 'user',
      id: `user-${i % 40}`,
      name: `Medewerker ${i % 40}`,
      email: `m${i % 40}@kantoor.example`,
      chain: [{ source: 'user', address: `m${i % 40}@kantoor.example` }],
      external: false,
    },
    language: 'nl',
    subject: `Beoordelen: Brief ${i}`,
    html: `<p>Beste Medewerker ${i % 40},</p><p>Er staat een taak voor je klaar: <b>Brief ${i}</b> (D-2026-${i}).</p>`.padEnd(
      700,
      ' ',
    ),
    text: `Beste Medewerker ${i % 40}, er staat een taak voor je klaar: Brief ${i}.`.padEnd(300, ' '),
    attachments: [],
    source: { kind: 'workflow', templateId: 'tpl-beoordelen', itemId: `item-${i}`, effectKey: `item-${i}:1:0` },
  };
};

/** Median and p99 of enqueueing one message, awaited until it is on disk. */
async function enqueueOne(outbox: Outbox): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  await outbox.enqueue([messageDraft(-1)]); // warm-up (and the garbage of what came before)
  for (let i = 0; i < SAMPLES; i++) {
    const t = performance.now();
    await outbox.enqueue([messageDraft(i)]);
    times.push(performance.now() - t);
  }
  return { ...percentiles(times) };
}

it('outbox: enqueue one message with 100,000 messages of history, in outbox.json vs archived', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-outbox-history-'));
  try {
    const doc: OutboxDocument = {
      schemaVersion: 1,
      messages: Array.from({ length: HISTORY }, (_, i) => old(HISTORY - 1 - i)),
      mailings: [],
      archivedEffects: [],
    };
    writeFileSync(join(dir, OUTBOX_FILE), JSON.stringify(doc));
    const fileBefore = statSync(join(dir, OUTBOX_FILE)).size;
    const store = await openOutboxStore(dir, systemClock);
    const history = new MessageHistory({ store, archive: new MessageArchive(dir), clock: systemClock });
    // Paused: what is measured is storing the message, not sending it.
    const outbox = new Outbox({ store, clock: systemClock, transport: () => captureTransport, timers: false, history });
    outbox.pause();

    const before = await enqueueOne(outbox);
    const t = performance.now();
    const moved = await outbox.archiveHistory();
    const move = performance.now() - t;
    if (moved !== HISTORY) throw new Error(`${moved} messages archived, not ${HISTORY}`);
    const after = await enqueueOne(outbox);
    await outbox.close();
    const fileAfter = statSync(join(dir, OUTBOX_FILE)).size;
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      [
        '',
        `Outbox history — enqueue one message (durable, acknowledged), ${HISTORY.toLocaleString('en')} handled messages of history, ${SAMPLES} samples`,
        `before: all history in outbox.json (${mb(fileBefore)}):  p50 ${before.p50.toFixed(1).padStart(7)} ms   p99 ${before.p99.toFixed(1).padStart(7)} ms`,
        `after:  history in archive/messages-*.jsonl, outbox.json ${mb(fileAfter)}:  p50 ${after.p50.toFixed(1).padStart(7)} ms   p99 ${after.p99.toFixed(1).padStart(7)} ms`,
        `ratio after/before (p50): ${(after.p50 / before.p50).toFixed(3)}×  (${(before.p50 / after.p50).toFixed(0)}× cheaper)`,
        `moving the ${HISTORY.toLocaleString('en')} messages to the archive (once): ${move.toFixed(0)} ms`,
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
