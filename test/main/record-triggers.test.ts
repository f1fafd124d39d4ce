import { describe, expect, it } from 'vitest';
import type { ScheduleEntry } from '@shared/api/schedule-contract';
import type { CrmRecord, InboxEntry, ItemRecord, OutboxMessage } from '@shared/model';
import { fakeClock } from '../helpers/clock';
import { createRecord, mails, updateRecord, useOffice } from '../helpers/office';
import { appendJournalBatch } from '../helpers/journal';
import { openTestApp } from '../helpers/app';
import { publishRecordWorkflow, publishTaskTrigger } from '../helpers/record-workflow';
import { createWaitingWorkflow } from '../helpers/wait-workflow';

const office = useOffice();
const DAY = 86_400_000;
const create = createRecord;
const update = updateRecord;

describe('record triggers: task type "Bellen" (seed 001)', () => {
  it('mails the responsible for a new task, and once when it expired — across three restarts and a clock set back', async () => {
    const o = await office();
    await create(o.app, 'task', 'Piet terugbellen', {
      type: 'Bellen',
      status: 'Open',
      responsible: 'user-bram',
      contact: 'contact-piet',
      dueDate: new Date(o.clock.now().getTime() + 2 * DAY).toISOString(),
    });
    expect(await mails(o.app, 'tpl-bellen-nieuw')).toEqual(['Bram Jansen']);
    expect(await mails(o.app, 'tpl-bellen-verlopen')).toEqual([]);
    o.clock.advance(2 * DAY + 60_000);
    await o.app.tick();
    expect(await mails(o.app, 'tpl-bellen-verlopen')).toEqual(['Bram Jansen']);
    for (let i = 0; i < 3; i++) await o.restart();
    o.clock.advance(-DAY);
    await o.app.tick();
    o.clock.advance(DAY + 60_000);
    await o.restart();
    expect(await mails(o.app, 'tpl-bellen-verlopen')).toEqual(['Bram Jansen']);
    expect(await mails(o.app, 'tpl-bellen-nieuw')).toEqual(['Bram Jansen']);
  });

  it('a task created already past its due date is announced first, then expired — in the order it happened', async () => {
    const o = await office();
    const due = new Date(o.clock.now().getTime() - DAY).toISOString();
    await create(o.app, 'task', 'Achterstallig bellen', {
      type: 'Bellen',
      status: 'Open',
      responsible: 'user-bram',
      contact: 'contact-piet',
      dueDate: due,
    });
    await o.app.tick();
    const all = (await o.app.dispatch('messages.list', { limit: 5000 })) as OutboxMessage[];
    const bellen = all.filter((m) => m.source.templateId?.startsWith('tpl-bellen-'));
    // messages.list is newest first.
    expect(bellen.reverse().map((m) => [m.source.templateId, m.to.name])).toEqual([
      ['tpl-bellen-nieuw', 'Bram Jansen'],
      ['tpl-bellen-verlopen', 'Bram Jansen'],
    ]);
  });

  it('mails the contact N days after the task was done, also when the app was closed across the due time', async () => {
    const o = await office();
    const task = await create(o.app, 'task', 'Sanne bellen', {
      type: 'Bellen',
      status: 'Open',
      responsible: 'user-anna',
      contact: 'contact-piet',
      dueDate: new Date(o.clock.now().getTime() + DAY).toISOString(),
    });
    await update(o.app, task.id, { status: 'Afgehandeld' });
    // Closed across the due time: the run goes on at the next start and mails the contact 3 days later, once.
    o.clock.advance(2 * DAY);
    await o.restart();
    expect(await mails(o.app, 'tpl-bellen-afgehandeld')).toEqual([]);
    o.clock.advance(3 * DAY);
    await o.restart();
    expect(await mails(o.app, 'tpl-bellen-afgehandeld')).toEqual(['Piet Mulder']);
    expect(await mails(o.app, 'tpl-bellen-verlopen')).toEqual([]);
    await o.restart();
    expect(await mails(o.app, 'tpl-bellen-afgehandeld')).toEqual(['Piet Mulder']);
  });

  it('keeps the waits in time when the app was closed past them: done task, closed until 5 days after its due date, mailed at the next start', async () => {
    const o = await office();
    const waiting = await createWaitingWorkflow(o.app.dispatch);
    const task = await create(o.app, 'task', 'Henk bellen', {
      type: 'Bellen',
      status: 'Open',
      responsible: 'user-bram',
      contact: 'contact-henk',
      dueDate: new Date(o.clock.now().getTime() + DAY).toISOString(),
    });
    await update(o.app, task.id, { status: 'Afgehandeld' });
    o.clock.advance(6 * DAY);
    await o.restart();
    // The wait after the due date counted from the due date (3 days), not from this start.
    const [run] = (
      (await o.app.dispatch('items.list', {
        workflowId: waiting,
      })) as ItemRecord[]
    ).filter((i) => i.recordId === task.id);
    const sent = (await o.app.dispatch('messages.list', { itemId: run!.id })) as OutboxMessage[];
    expect(sent.map((m) => [m.source.templateId, m.to.name])).toEqual([
      ['tpl-bellen-afgehandeld', 'Henk Dekker'],
      ['tpl-bellen-nieuw', 'Bram Jansen'],
    ]);
    expect(run!.history.filter((h) => h.kind === 'resumed').map((h) => h.at)).toEqual([
      new Date(Date.parse('2026-11-23T09:00:00.000Z') + DAY).toISOString(),
      new Date(Date.parse('2026-11-23T09:00:00.000Z') + 4 * DAY).toISOString(),
    ]);
  });
});

describe('record triggers: opportunity status with delay and reminder (seed 001)', () => {
  it('mails after the delay, reminds later, and a status change stops what is still to come', async () => {
    const o = await office();
    const deal = await create(o.app, 'deal', 'Isolatie Dekker', {
      stage: 'Offerte',
      status: 'Bezoek - Afspraak gemaakt',
      contact: 'contact-piet',
    });
    const other = await create(o.app, 'deal', 'Zonneboiler Visser', {
      stage: 'Offerte',
      status: 'Bezoek - Afspraak gemaakt',
      contact: 'contact-sanne',
    });
    await update(o.app, deal.id, { status: 'Offertezoek - Offerte aangevraagd' });
    await update(o.app, other.id, { status: 'Offertezoek - Offerte aangevraagd' });
    const subjects = async () =>
      ((await o.app.dispatch('messages.list', { templateId: 'tpl-offerte-aangevraagd' })) as OutboxMessage[])
        .map((m) => `${m.to.name}: ${m.subject}`)
        .sort();
    expect(await subjects()).toEqual([]);
    const schedule = (await o.app.dispatch('schedule.list', {
      until: new Date(o.clock.now().getTime() + 30 * DAY).toISOString(),
    })) as ScheduleEntry[];
    expect(
      schedule.map((e) => [
        e.kind,
        e.recordTitle,
        e.workflowName,
        e.messages.map((m) => `${m.templateName} → ${m.to.map((t) => t.name).join(', ')}`),
      ]),
    ).toEqual([
      ['delayed', 'Isolatie Dekker', 'Kans: offerte aangevraagd', ['Kans – offerte aangevraagd → Piet Mulder']],
      ['delayed', 'Zonneboiler Visser', 'Kans: offerte aangevraagd', ['Kans – offerte aangevraagd → Sanne Kok']],
      ['reminder', 'Isolatie Dekker', 'Kans: offerte aangevraagd', ['Kans – offerte aangevraagd → Piet Mulder']],
      ['reminder', 'Zonneboiler Visser', 'Kans: offerte aangevraagd', ['Kans – offerte aangevraagd → Sanne Kok']],
    ]);
    o.clock.advance(3 * DAY);
    await o.app.tick();
    expect(await subjects()).toEqual([
      'Piet Mulder: uw offerte voor Isolatie Dekker',
      'Sanne Kok: uw offerte voor Zonneboiler Visser',
    ]);
    // One deal moves on before its reminder: only the other is reminded.
    await update(o.app, other.id, { status: 'Offertezoek - Bewoner is akkoord' });
    o.clock.advance(7 * DAY);
    await o.restart();
    expect(await subjects()).toEqual([
      'Piet Mulder: Herinnering: uw offerte voor Isolatie Dekker',
      'Piet Mulder: uw offerte voor Isolatie Dekker',
      'Sanne Kok: uw offerte voor Zonneboiler Visser',
    ]);
    expect(
      await o.app.dispatch('schedule.list', { until: new Date(o.clock.now().getTime() + 30 * DAY).toISOString() }),
    ).toEqual([]);
  });
});

describe('record triggers: Deal stage "Feedback" (seed 004)', () => {
  it('notifies the project team by e-mail and in their inbox, with an unread count', async () => {
    const o = await office();
    const deal = await create(o.app, 'deal', 'Website relaunch', { stage: 'Offerte' });
    await update(o.app, deal.id, { stage: 'Feedback' });
    const team = await mails(o.app, 'tpl-deal-feedback');
    expect(team.length).toBeGreaterThan(0);
    const users = o.app.store.data.directory.users.filter((u) => u.roleIds.includes('role-projectteam'));
    expect(team.sort()).toEqual(users.map((u) => u.name).sort());
    const first = users[0]!.id;
    const inbox = (await o.app.as(first).dispatch('inbox.list', {})) as InboxEntry[];
    expect(inbox.map((e) => e.subject)).toEqual([
      'Website relaunch staat op Feedback'.replace('staat op', users[0]!.language === 'de' ? 'steht auf' : 'staat op'),
    ]);
    expect(await o.app.as(first).dispatch('inbox.unread', {})).toEqual({ count: 1 });
    expect(await o.app.as(first).dispatch('inbox.markRead', {})).toEqual({ marked: 1 });
    expect(await o.app.as(first).dispatch('inbox.unread', {})).toEqual({ count: 0 });
    // The same stage again is no change; a new change to Feedback notifies again.
    await update(o.app, deal.id, { stage: 'Feedback', value: 1 });
    expect((await mails(o.app, 'tpl-deal-feedback')).length).toBe(users.length);
  });
});

describe('record triggers: set status from a run, expiry and completion events, and editing a workflow', () => {
  it('sets a task to "Auszuliefern" once the time tracked goes over its target (seed 004)', async () => {
    const o = await office();
    const task = await create(o.app, 'task', 'Angebot schreiben', {
      type: 'Offerte maken',
      status: 'Open',
      responsible: 'user-jonas',
      timeTracked: 1,
      timeTarget: 4,
    });
    expect((await update(o.app, task.id, { timeTracked: 3 })).fields.status).toBe('Open');
    await update(o.app, task.id, { timeTracked: 5 });
    expect(((await o.app.dispatch('records.get', { id: task.id })) as CrmRecord).fields.status).toBe('Auszuliefern');
  });

  it('fires "task expired" once and "task completed" after its delay, and a republished or removed workflow drops its timers', async () => {
    const o = await office();
    const wf = (name: string, trigger: object) => publishTaskTrigger(o.app.dispatch, name, trigger);
    const expired = await wf('Verlopen', { event: 'taskExpired' });
    const completed = await wf('Afgerond', { event: 'taskCompleted', delay: { amount: 2, unit: 'days' } });
    const due = (days: number) => new Date(o.clock.now().getTime() + days * DAY).toISOString();
    const task = await create(o.app, 'task', 'Offerte opvolgen', {
      type: 'Nabellen',
      status: 'Open',
      responsible: 'user-chantal',
      dueDate: due(1),
    });
    // Runs for this test's tasks (the sample tasks that were overdue already expire when the workflow is published).
    const runs = async (workflowId: string) =>
      ((await o.app.dispatch('items.list', { workflowId })) as ItemRecord[]).filter((i) =>
        ['Offerte opvolgen', 'Tweede taak'].includes(i.subject),
      ).length;
    // The due date moves: the expiry timer moves with it.
    await update(o.app, task.id, { dueDate: due(3) });
    o.clock.advance(2 * DAY);
    await o.app.tick();
    expect(await runs(expired)).toBe(0);
    o.clock.advance(2 * DAY);
    await o.app.tick();
    expect(await runs(expired)).toBe(1);
    await update(o.app, task.id, { dueDate: due(1) });
    o.clock.advance(2 * DAY);
    await o.restart();
    expect(await runs(expired)).toBe(1);
    expect(((await o.app.as('user-chantal').dispatch('inbox.list', {})) as InboxEntry[]).length).toBe(1);

    const until = new Date(o.clock.now().getTime() + 30 * DAY).toISOString();
    const other = await create(o.app, 'task', 'Tweede taak', {
      type: 'Nabellen',
      status: 'Open',
      responsible: 'user-chantal',
    });
    await update(o.app, other.id, { status: 'Afgehandeld' });
    o.clock.advance(DAY);
    await o.app.tick();
    expect(await runs(completed)).toBe(0);
    o.clock.advance(DAY);
    await o.app.tick();
    expect(
      ((await o.app.dispatch('items.list', { workflowId: completed })) as ItemRecord[]).map((i) => i.subject),
    ).toEqual(['Tweede taak']);
    // Publishing again cancels the pending timer (of the first task, done later); so does removing.
    await update(o.app, task.id, { status: 'Open' });
    await update(o.app, task.id, { status: 'Afgehandeld' });
    expect(((await o.app.dispatch('schedule.list', { until })) as ScheduleEntry[]).map((e) => e.workflowName)).toEqual([
      'Afgerond',
    ]);
    await o.app.dispatch('workflows.publish', { id: completed });
    expect(await o.app.dispatch('schedule.list', { until })).toEqual([]);
    // Done again, under the new version: armed again; removing the workflow drops it.
    await update(o.app, task.id, { status: 'Open' });
    await update(o.app, task.id, { status: 'Afgehandeld' });
    expect(((await o.app.dispatch('schedule.list', { until })) as ScheduleEntry[]).map((e) => e.workflowName)).toEqual([
      'Afgerond',
    ]);
    await o.app.dispatch('workflows.remove', { id: completed });
    expect(await o.app.dispatch('schedule.list', { until })).toEqual([]);
    o.clock.advance(3 * DAY);
    await o.app.tick();
    expect(await runs(completed)).toBe(1);
  });

  it('makes a CRM task from a "create task" step, once, which in turn starts the Bellen workflow', async () => {
    const o = await office();
    const wf = await publishRecordWorkflow(
      o.app.dispatch,
      'Feedback opvolgen',
      { entity: 'deal', event: 'statusChangedTo', field: 'stage', value: 'Feedback' },
      { kind: 'createTask', title: 'Klant bellen over de feedback', taskType: 'Bellen', dueInDays: 2 },
    );
    const deal = await create(o.app, 'deal', 'Dakisolatie Mulder', {
      stage: 'Offerte',
      contact: 'contact-piet',
      responsible: 'user-chantal',
    });
    await update(o.app, deal.id, { stage: 'Feedback' });
    const tasks = (await o.app.dispatch('records.list', { entity: 'task', search: 'feedback' })) as CrmRecord[];
    expect(
      tasks.map((t) => [
        t.title,
        t.fields.type,
        t.fields.status,
        t.fields.responsible,
        t.fields.contact,
        t.fields.dueDate,
      ]),
    ).toEqual([
      [
        'Klant bellen over de feedback',
        'Bellen',
        'Open',
        'user-chantal',
        'contact-piet',
        new Date(o.clock.now().getTime() + 2 * DAY).toISOString(),
      ],
    ]);
    expect(await mails(o.app, 'tpl-bellen-nieuw')).toEqual(['Chantal Bakker']);
    const run = ((await o.app.dispatch('items.list', { workflowId: wf })) as ItemRecord[])[0]!;
    expect(run.history.find((h) => h.kind === 'taskCreated')?.detail).toBe('Klant bellen over de feedback');
    await o.restart();
    expect(((await o.app.dispatch('records.list', { entity: 'task', search: 'feedback' })) as CrmRecord[]).length).toBe(
      1,
    );
  });

  it('carries out a "create task" step a crash left pending as the app starts, before any tick', async () => {
    const o = await office();
    const wf = await publishRecordWorkflow(
      o.app.dispatch,
      'Feedback opvolgen',
      { entity: 'deal', event: 'statusChangedTo', field: 'stage', value: 'Feedback' },
      { kind: 'createTask', title: 'Klant bellen over de feedback', taskType: 'Bellen' },
    );
    const deal = await create(o.app, 'deal', 'Dakisolatie Mulder', {
      stage: 'Offerte',
      contact: 'contact-piet',
      responsible: 'user-chantal',
    });
    await update(o.app, deal.id, { stage: 'Feedback' });
    const [task] = (await o.app.dispatch('records.list', { entity: 'task', search: 'feedback' })) as CrmRecord[];
    const run = ((await o.app.dispatch('items.list', { workflowId: wf })) as ItemRecord[])[0]!;
    const nodeId = run.history.find((h) => h.kind === 'taskCreated')!.nodeId!;
    await o.app.close();
    // As if it died after the step was written, before the task was made.
    const dir = (o.app.store.path as string).replace(/\/stroomlijn\.json$/, '');
    const key = 'crashed-create-task';
    const effect = { type: 'createTask', key, nodeId, title: 'Na de crash bellen', taskType: 'Bellen' };
    appendJournalBatch(dir, 'items.json', [
      { c: 'items', k: run.id, v: run },
      { c: 'pending', k: key, v: { key, itemId: run.id, effect } },
    ]);
    // Opened without the tick that `restart` adds: only the start itself carries it out.
    const started = await openTestApp(o.dir, o.clock);
    try {
      const titles = (
        (await started.dispatch('records.list', { entity: 'task', search: 'bellen' })) as CrmRecord[]
      ).map((t) => t.title);
      expect(titles).toContain('Na de crash bellen');
      expect(titles).toContain(task!.title);
      const after = ((await started.dispatch('items.list', { workflowId: wf })) as ItemRecord[])[0]!;
      expect(after.history.filter((h) => h.kind === 'taskCreated').map((h) => h.detail)).toEqual([
        'Klant bellen over de feedback',
        'Na de crash bellen',
      ]);
    } finally {
      await started.close();
    }
  });

  it('starts on Directory contacts too: a new contact with consent is mailed, a change of address after a delay', async () => {
    const o = await office();
    const publish = (name: string, trigger: object) =>
      publishRecordWorkflow(
        o.app.dispatch,
        name,
        { entity: 'contact', ...trigger },
        {
          kind: 'notify',
          channel: 'email',
          to: [{ type: 'contactField', field: 'contact' }],
          templateId: 'tpl-offerte-aangevraagd',
        },
      );
    await publish('Welkom', {
      event: 'created',
      onlyIf: { join: 'and', rules: [{ field: 'consentEmail', operator: 'equals', value: true }] },
    });
    await publish('Adres gewijzigd', { event: 'fieldChanged', field: 'email', delay: { amount: 1, unit: 'days' } });
    const { id } = (await o.app.dispatch('directory.save', {
      kind: 'contacts',
      entry: { name: 'Lotte Vos', email: 'lotte@vos.example', consentEmail: true },
    })) as { id: string };
    await o.app.dispatch('directory.save', {
      kind: 'contacts',
      entry: { name: 'Geen Toestemming', email: 'nee@x.example', consentEmail: false },
    });
    const subjects = async () =>
      ((await o.app.dispatch('messages.list', { templateId: 'tpl-offerte-aangevraagd' })) as OutboxMessage[]).map(
        (m) => `${m.to.email}: ${m.subject}`,
      );
    expect(await subjects()).toEqual(['lotte@vos.example: uw offerte voor Lotte Vos']);
    await o.app.dispatch('directory.save', {
      kind: 'contacts',
      entry: { id, name: 'Lotte Vos', email: 'lotte.vos@nieuw.example', consentEmail: true },
    });
    expect((await subjects()).length).toBe(1);
    o.clock.advance(DAY);
    await o.restart();
    expect((await subjects()).sort()).toEqual([
      'lotte.vos@nieuw.example: uw offerte voor Lotte Vos',
      'lotte@vos.example: uw offerte voor Lotte Vos',
    ]);
  });

  it('adds the inbox entries of a message whose mail went out just before a crash, without mailing again', async () => {
    const o = await office();
    const deal = await create(o.app, 'deal', 'Warmtenet Zuid', { stage: 'Offerte' });
    await update(o.app, deal.id, { stage: 'Feedback' });
    const [run] = (await o.app.dispatch('items.list', { workflowId: 'wf-deal-feedback' })) as ItemRecord[];
    const bram = (await o.app.as('user-bram').dispatch('inbox.list', {})) as InboxEntry[];
    expect(bram).toHaveLength(1);
    const effectKey = bram[0]!.id.slice(0, -':user-bram'.length);
    const mailed = (await mails(o.app, 'tpl-deal-feedback')).length;
    await o.app.close();
    // As if it died after the outbox took the mails, before the inbox entries and the effect's end were written.
    const dir = (o.app.store.path as string).replace(/\/stroomlijn\.json$/, '');
    const effect = {
      type: 'queueMessage',
      key: effectKey,
      nodeId: 'n1',
      moment: 'notify',
      templateId: 'tpl-deal-feedback',
      addressees: [{ type: 'role', roleId: 'role-projectteam' }],
      channel: 'both',
    };
    appendJournalBatch(dir, 'items.json', [
      { c: 'items', k: run!.id, v: { ...run, status: 'completed' } },
      { c: 'pending', k: effectKey, v: { key: effectKey, itemId: run!.id, effect } },
    ]);
    appendJournalBatch(
      dir,
      'records.json',
      bram.map((e) => ({ c: 'inbox', k: e.id })),
    );
    await o.restart();
    expect(((await o.app.as('user-bram').dispatch('inbox.list', {})) as InboxEntry[]).map((e) => e.subject)).toEqual([
      bram[0]!.subject,
    ]);
    expect((await mails(o.app, 'tpl-deal-feedback')).length).toBe(mailed);
  });

  it('stops two workflows that set each other off after a few rounds, instead of looping forever', async () => {
    // A clock that moves a millisecond on each look, as real time does between the rounds.
    const ticking = fakeClock();
    const o = await office({ now: () => (ticking.advance(1), ticking.now()), advance: ticking.advance });
    const flip = (from: string, to: string) =>
      publishRecordWorkflow(
        o.app.dispatch,
        `${from} → ${to}`,
        { entity: 'task', event: 'statusChangedTo', value: from },
        { kind: 'setField', field: 'status', value: to },
      );
    const there = await flip('In behandeling', 'Open');
    const back = await flip('Open', 'In behandeling');
    const task = await create(o.app, 'task', 'Pingpong', {
      type: 'Nabellen',
      status: 'Auszuliefern',
      responsible: 'user-bram',
    });
    await update(o.app, task.id, { status: 'Open' });
    await o.app.tick();
    const runs = async (id: string) =>
      ((await o.app.dispatch('items.list', { workflowId: id })) as ItemRecord[]).length;
    expect((await runs(there)) + (await runs(back))).toBe(5);
    await o.restart();
    expect((await runs(there)) + (await runs(back))).toBe(5);
  });

  it('a status that leaves and comes back within the delay mails once, reminds once', async () => {
    const o = await office();
    const deal = await create(o.app, 'deal', 'Heen en weer', {
      stage: 'Offerte',
      status: 'Bezoek - Afspraak gemaakt',
      contact: 'contact-piet',
    });
    await update(o.app, deal.id, { status: 'Offertezoek - Offerte aangevraagd' });
    o.clock.advance(DAY);
    await update(o.app, deal.id, { status: 'Bezoek - Afspraak gemaakt' });
    await update(o.app, deal.id, { status: 'Offertezoek - Offerte aangevraagd' });
    o.clock.advance(20 * DAY);
    await o.app.tick();
    const sent = ((await o.app.dispatch('messages.list', { templateId: 'tpl-offerte-aangevraagd' })) as OutboxMessage[])
      .map((m) => m.subject)
      .sort();
    expect(sent).toEqual(['Herinnering: uw offerte voor Heen en weer', 'uw offerte voor Heen en weer']);
  });

  it('a run sets a deal’s status (not its stage); a task there before the workflow expires too; a step that makes the task that starts it stops', async () => {
    const o = await office();
    await publishRecordWorkflow(
      o.app.dispatch,
      'Status zetten',
      { entity: 'deal', event: 'fieldChanged', field: 'stage', value: 'Gewonnen' },
      { kind: 'setField', field: 'status', value: 'Offertezoek - Uitgevoerd' },
    );
    const deal = await create(o.app, 'deal', 'Gewonnen deal', { stage: 'Offerte' });
    await update(o.app, deal.id, { stage: 'Gewonnen' });
    expect(((await o.app.dispatch('records.get', { id: deal.id })) as CrmRecord).fields).toMatchObject({
      stage: 'Gewonnen',
      status: 'Offertezoek - Uitgevoerd',
    });

    const before = await create(o.app, 'task', 'Al langer open', {
      type: 'Nabellen',
      status: 'Open',
      responsible: 'user-bram',
      dueDate: new Date(o.clock.now().getTime() + DAY).toISOString(),
    });
    const expired = await publishRecordWorkflow(
      o.app.dispatch,
      'Verlopen',
      { entity: 'task', event: 'taskExpired' },
      {
        kind: 'notify',
        channel: 'inbox',
        to: [{ type: 'userField', field: 'responsible' }],
        templateId: 'tpl-bellen-verlopen',
      },
    );
    o.clock.advance(2 * DAY);
    await o.app.tick();
    expect(
      ((await o.app.dispatch('items.list', { workflowId: expired })) as ItemRecord[]).some(
        (i) => i.recordId === before.id,
      ),
    ).toBe(true);

    const breeder = await publishRecordWorkflow(
      o.app.dispatch,
      'Taak maakt taak',
      {
        entity: 'task',
        event: 'created',
        onlyIf: { join: 'and', rules: [{ field: 'type', operator: 'equals', value: 'Offerte maken' }] },
      },
      { kind: 'createTask', title: 'Nog een taak', taskType: 'Offerte maken' },
    );
    await create(o.app, 'task', 'Eerste', { type: 'Offerte maken', status: 'Open', responsible: 'user-bram' });
    await o.app.tick();
    // The task a run makes does not start that run's own workflow (and chains across workflows stop after 5).
    expect(((await o.app.dispatch('items.list', { workflowId: breeder })) as ItemRecord[]).length).toBe(1);
    expect(
      ((await o.app.dispatch('records.list', { entity: 'task', search: 'Nog een taak' })) as CrmRecord[]).length,
    ).toBe(1);
  });
});
