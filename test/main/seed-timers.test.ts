import { describe, expect, it } from 'vitest';
import type { ScheduleEntry } from '@shared/api/schedule-contract';
import type { ItemRecord, OutboxMessage } from '@shared/model';
import { planTimers, triggerRules } from '@shared/records/triggers';
import { appendJournalBatch } from '../helpers/journal';
import { createRecord, mails, type OfficeApp, updateRecord, useOffice } from '../helpers/office';
import { vatReturn } from '../helpers/items';

const office = useOffice();
const DAY = 86_400_000;
const MINUTE = 60_000;

type Office = Awaited<ReturnType<typeof office>>;
/** Messages → Scheduled for the next 60 days. */
const schedule = async (o: Office) => {
  const until = new Date(o.clock.now().getTime() + 60 * DAY).toISOString();
  return (await o.app.dispatch('schedule.list', { until })) as ScheduleEntry[];
};
/** An entry as people read it in Messages → Scheduled: when, what, which template to whom. */
const lines = (entries: ScheduleEntry[]) =>
  entries.map((e) => [
    e.at,
    e.kind,
    e.workflowName,
    e.recordTitle ?? e.itemNumber,
    e.messages.map((m) => `${m.templateName} → ${m.to.map((t) => `${t.name} <${t.email ?? '-'}>`).join(', ')}`),
  ]);
const delivered = async (app: OfficeApp, templateId: string) => {
  await app.outbox.drain();
  const list = (await app.dispatch('messages.list', { templateId })) as OutboxMessage[];
  return list.map((m) => `${m.status} via ${m.via}: ${m.to.name} <${m.to.email}>`);
};

describe('Bellen per seed 001: new task, expired once, completed + 3 days to the contact', () => {
  it('mails the contact 3 days after a task done late, listed in the schedule as soon as it is done', async () => {
    const o = await office();
    const start = o.clock.now().getTime();
    const task = await createRecord(o.app, 'task', 'Piet terugbellen', {
      type: 'Bellen',
      status: 'Open',
      responsible: 'user-bram',
      contact: 'contact-piet',
      dueDate: new Date(start + DAY).toISOString(),
    });
    expect(await mails(o.app, 'tpl-bellen-nieuw')).toEqual(['Bram Jansen']);
    expect(lines(await schedule(o))).toEqual([
      [
        new Date(start + DAY).toISOString(),
        'taskExpired',
        'Taaktype Bellen – verlopen taak',
        'Piet terugbellen',
        ['Bellen – taak verlopen → Bram Jansen <bram.jansen@stroomlijn.example>'],
      ],
    ]);
    // Past its due date: the responsible is mailed once.
    o.clock.advance(2 * DAY);
    await o.app.tick();
    expect(await mails(o.app, 'tpl-bellen-verlopen')).toEqual(['Bram Jansen']);
    // Done a day late: the mail to the contact is armed at once, for 3 days later.
    await updateRecord(o.app, task.id, { status: 'Afgehandeld' });
    const done = o.clock.now().getTime();
    expect(lines(await schedule(o))).toEqual([
      [
        new Date(done + 3 * DAY).toISOString(),
        'delayed',
        'Taaktype Bellen – afgehandelde taak',
        'Piet terugbellen',
        ['Bellen – opvolging contact → Piet Mulder <piet.mulder@zonnewijk.example>'],
      ],
    ]);
    o.clock.advance(3 * DAY - MINUTE);
    await o.app.tick();
    expect(await mails(o.app, 'tpl-bellen-afgehandeld')).toEqual([]);
    o.clock.advance(MINUTE);
    await o.app.tick();
    const piet = 'sent via capture: Piet Mulder <piet.mulder@zonnewijk.example>';
    expect(await delivered(o.app, 'tpl-bellen-afgehandeld')).toEqual([piet]);
    await o.restart();
    o.clock.advance(10 * DAY);
    await o.app.tick();
    expect(await mails(o.app, 'tpl-bellen-afgehandeld')).toEqual(['Piet Mulder']);
    expect(await mails(o.app, 'tpl-bellen-verlopen')).toEqual(['Bram Jansen']);
    expect(await mails(o.app, 'tpl-bellen-nieuw')).toEqual(['Bram Jansen']);
    expect(await schedule(o)).toEqual([]);
  });

  it('a task done before its due date does not expire, and mails its contact 3 days after it was done', async () => {
    const o = await office();
    const task = await createRecord(o.app, 'task', 'Henk bellen', {
      type: 'Bellen',
      status: 'Open',
      responsible: 'user-anna',
      contact: 'contact-jonas',
      dueDate: new Date(o.clock.now().getTime() + 5 * DAY).toISOString(),
    });
    o.clock.advance(DAY);
    await updateRecord(o.app, task.id, { status: 'Afgehandeld' });
    const listed = (await schedule(o)).map((e) => [e.kind, e.workflowName]);
    expect(listed).toEqual([['delayed', 'Taaktype Bellen – afgehandelde taak']]);
    o.clock.advance(3 * DAY);
    await o.restart();
    o.clock.advance(5 * DAY);
    await o.app.tick();
    const jonas = 'sent via capture: Jonas Becker <jonas@becker-holz.example>';
    expect(await delivered(o.app, 'tpl-bellen-afgehandeld')).toEqual([jonas]);
    expect(await mails(o.app, 'tpl-bellen-verlopen')).toEqual([]);
  });

  it('another task type sets off none of the three', async () => {
    const o = await office();
    const task = await createRecord(o.app, 'task', 'Offerte maken', {
      type: 'Offerte maken',
      status: 'Open',
      responsible: 'user-bram',
      contact: 'contact-piet',
      dueDate: new Date(o.clock.now().getTime() + DAY).toISOString(),
    });
    o.clock.advance(2 * DAY);
    await updateRecord(o.app, task.id, { status: 'Afgehandeld' });
    o.clock.advance(5 * DAY);
    await o.app.tick();
    for (const t of ['tpl-bellen-nieuw', 'tpl-bellen-verlopen', 'tpl-bellen-afgehandeld']) {
      expect(await mails(o.app, t)).toEqual([]);
    }
  });
});

describe('a record created already in a watched status counts as set to it', () => {
  it('an opportunity created as "Offerte aangevraagd" is mailed after 3 days and reminded 7 days later', async () => {
    const o = await office();
    const start = o.clock.now().getTime();
    await createRecord(o.app, 'deal', 'Spouwmuur Kok', {
      stage: 'Offerte',
      status: 'Offertezoek - Offerte aangevraagd',
      contact: 'contact-piet',
    });
    expect((await schedule(o)).map((e) => [e.at, e.kind, e.recordTitle])).toEqual([
      [new Date(start + 3 * DAY).toISOString(), 'delayed', 'Spouwmuur Kok'],
      [new Date(start + 10 * DAY).toISOString(), 'reminder', 'Spouwmuur Kok'],
    ]);
    o.clock.advance(3 * DAY);
    await o.app.tick();
    o.clock.advance(7 * DAY);
    await o.restart();
    const subjects = (
      (await o.app.dispatch('messages.list', {
        templateId: 'tpl-offerte-aangevraagd',
      })) as OutboxMessage[]
    )
      .map((m) => m.subject)
      .sort();
    expect(subjects).toEqual(['Herinnering: uw offerte voor Spouwmuur Kok', 'uw offerte voor Spouwmuur Kok']);
  });

  it('a deal created at stage Feedback notifies the project team', async () => {
    const o = await office();
    await createRecord(o.app, 'deal', 'Nieuw op Feedback', { stage: 'Feedback' });
    expect((await mails(o.app, 'tpl-deal-feedback')).sort()).toEqual(['Bram Jansen', 'Jonas Becker']);
    // Created in another stage: nothing.
    await createRecord(o.app, 'deal', 'Nog in offerte', { stage: 'Offerte' });
    expect((await mails(o.app, 'tpl-deal-feedback')).length).toBe(2);
  });
});

describe('the schedule lists only timers that can still fire', () => {
  const submit = (app: OfficeApp) =>
    app.as('user-eva').dispatch('items.submit', vatReturn('Btw Q4')) as Promise<ItemRecord>;
  /** The engine's waits and deadlines still to come (this test's item is the only one). */
  const timers = async (app: OfficeApp) => ((await app.dispatch('engine.status', {})) as { timers: number }).timers;

  it('a deadline goes once its task is left, a new visit has its own, and an ended item has none', async () => {
    const o = await office();
    const start = o.clock.now().getTime();
    const item = await submit(o.app);
    const deadline = new Date(start + 2 * DAY).toISOString();
    expect((await schedule(o)).map((e) => [e.kind, e.itemNumber, e.at])).toEqual([['deadline', item.number, deadline]]);
    o.clock.advance(DAY);
    await o.app.as('user-bram').dispatch('items.act', {
      itemId: item.id,
      actionNodeId: 'a2',
      reaction: { text: 'Bedrag klopt niet', external: true },
    });
    expect(await schedule(o)).toEqual([]);
    expect(await timers(o.app)).toBe(0);
    // Sent back for review: the task's new deadline, not the old one.
    o.clock.advance(DAY / 2);
    await o.app.as('user-eva').dispatch('items.act', { itemId: item.id, actionNodeId: 'a3' });
    const due = new Date(start + 3.5 * DAY).toISOString();
    expect((await schedule(o)).map((e) => [e.kind, e.at])).toEqual([['deadline', due]]);
    expect(await timers(o.app)).toBe(1);
    await o.restart();
    o.clock.advance(DAY);
    await o.app.tick();
    expect(
      (
        (await o.app.dispatch('items.get', {
          id: item.id,
        })) as ItemRecord
      ).history.filter((h) => h.kind === 'overdue'),
    ).toEqual([]);
    await o.app.dispatch('workflows.update', { id: 'wf-accordering', taskManagerUserId: 'user-anna' });
    await o.app.as('user-anna').dispatch('items.intervene', { type: 'cancel', itemId: item.id });
    expect(await schedule(o)).toEqual([]);
    expect(await timers(o.app)).toBe(0);
  });

  it('a task reopened after it was done is no longer listed for its mail to the contact', async () => {
    const o = await office();
    const task = await createRecord(o.app, 'task', 'Sanne bellen', {
      type: 'Bellen',
      status: 'Open',
      responsible: 'user-bram',
      contact: 'contact-piet',
    });
    await updateRecord(o.app, task.id, { status: 'Afgehandeld' });
    expect((await schedule(o)).map((e) => e.workflowName)).toEqual(['Taaktype Bellen – afgehandelde taak']);
    await updateRecord(o.app, task.id, { status: 'In behandeling' });
    expect(await schedule(o)).toEqual([]);
    o.clock.advance(5 * DAY);
    await o.app.tick();
    expect(await mails(o.app, 'tpl-bellen-afgehandeld')).toEqual([]);
  });

  it('a record timer of an older workflow version, or whose run started, is not listed and does not fire', async () => {
    const o = await office();
    const deal = await createRecord(o.app, 'deal', 'Oude versie', {
      stage: 'Offerte',
      status: 'Offertezoek - Offerte aangevraagd',
      contact: 'contact-piet',
    });
    const armed = (await o.app.dispatch('schedule.list', {
      until: new Date(o.clock.now().getTime() + 60 * DAY).toISOString(),
    })) as ScheduleEntry[];
    expect(armed.map((e) => [e.kind, e.recordTitle])).toEqual([
      ['delayed', 'Oude versie'],
      ['reminder', 'Oude versie'],
    ]);
    // The timers the change armed, as the triggers plan them for version 1.
    const rule = triggerRules(o.app.store.data.workflows).find((r) => r.workflowId === 'wf-kans-offerte')!;
    const [delayed, reminder] = planTimers(rule, null, deal, deal.createdAt).arm;
    // The delayed mail goes; then the workflow is published again, which drops the reminder of version 1.
    o.clock.advance(3 * DAY);
    await o.app.tick();
    await o.app.dispatch('workflows.publish', { id: 'wf-kans-offerte' });
    expect(await schedule(o)).toEqual([]);
    // As if a crash had kept them: the reminder of version 1, and the started one (in the ledger)
    // armed again for later.
    await o.app.close();
    const started = { ...delayed!, version: 2, at: new Date(o.clock.now().getTime() + 5 * DAY).toISOString() };
    appendJournalBatch(
      o.dir,
      'records.json',
      [started, reminder!].map((t) => ({ c: 'timers', k: t.key, v: t })),
    );
    await o.restart();
    expect(await schedule(o)).toEqual([]);
    o.clock.advance(20 * DAY);
    await o.app.tick();
    expect(
      (
        (await o.app.dispatch('messages.list', {
          templateId: 'tpl-offerte-aangevraagd',
        })) as OutboxMessage[]
      ).map((m) => m.subject),
    ).toEqual(['uw offerte voor Oude versie']);
  });
});
