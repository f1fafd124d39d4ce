import { describe, expect, it } from 'vitest';
import { buildOfficeCalendar, comingDays } from '../../main/calendar/office-calendar';
import { addWorkingDays, fromLocal, moveToWorkingDay, toLocal } from '@shared/calendar/office-calendar';
import { OfficeCalendarSettings } from '@shared/model/office-calendar';

const nl = buildOfficeCalendar(OfficeCalendarSettings.parse({}));
const by = buildOfficeCalendar(
  OfficeCalendarSettings.parse({ country: 'DE', region: 'BY', timeZone: 'Europe/Berlin' }),
);
const local = (iso: string, tz = 'Europe/Amsterdam') => {
  const l = toLocal(iso, tz);
  return `${l.date} ${new Date(l.ms).toISOString().slice(11, 16)}`;
};

describe('office calendar: public holidays of the region (date-holidays)', () => {
  it.each([
    // [calendar, date, reason]
    ['NL', '2024-05-09', 'Hemelvaartsdag'],
    ['NL', '2025-05-29', 'Hemelvaartsdag'],
    ['NL', '2026-05-14', 'Hemelvaartsdag'],
    ['NL', '2027-05-06', 'Hemelvaartsdag'],
    ['NL', '2024-05-20', 'Tweede pinksterdag'],
    ['NL', '2025-06-09', 'Tweede pinksterdag'],
    ['NL', '2026-05-25', 'Tweede pinksterdag'],
    ['NL', '2025-04-26', 'Koningsdag'], // 27 April 2025 is a Sunday: Koningsdag moves to Saturday 26th
    ['NL', '2026-04-27', 'Koningsdag'],
    ['NL', '2027-04-27', 'Koningsdag'],
    ['DE-BY', '2024-05-30', 'Fronleichnam'],
    ['DE-BY', '2025-06-19', 'Fronleichnam'],
    ['DE-BY', '2026-06-04', 'Fronleichnam'],
    ['DE-BY', '2025-05-29', 'Christi Himmelfahrt'],
    ['DE-BY', '2026-05-25', 'Pfingstmontag'],
    ['DE-BY', '2026-01-06', 'Heilige Drei Könige'],
  ])('%s %s is closed: %s', (cal, date, name) => {
    const weekend = [0, 6].includes(new Date(date).getUTCDay());
    expect((cal === 'NL' ? nl : by).closedReason(date)).toEqual({
      kind: 'holiday',
      name,
      ...(weekend ? { dayOff: true } : {}),
    });
  });

  it('counts only public holidays: Bevrijdingsdag (school), Good Friday in NL, Fronleichnam outside Bavaria are working days', () => {
    expect(nl.closedReason('2026-05-05')).toBeUndefined();
    expect(nl.closedReason('2026-04-03')).toBeUndefined();
    const berlin = buildOfficeCalendar(
      OfficeCalendarSettings.parse({ country: 'DE', region: 'BE', timeZone: 'Europe/Berlin' }),
    );
    expect(berlin.closedReason('2026-06-04')).toBeUndefined();
    expect(by.closedReason('2026-04-03')).toEqual({ kind: 'holiday', name: 'Karfreitag' });
  });

  it('weekends, extra closing days and part-timers', () => {
    const cal = buildOfficeCalendar(
      OfficeCalendarSettings.parse({
        closingDays: [{ date: '2026-05-15', name: 'Brugdag' }],
        userWorkingDays: { ann: [1, 2, 3] },
      }),
    );
    expect(cal.closedReason('2026-05-16')).toEqual({ kind: 'weekend' });
    expect(cal.closedReason('2026-05-15')).toEqual({ kind: 'closed', name: 'Brugdag' });
    expect(cal.closedReason('2026-05-21')).toBeUndefined();
    expect(cal.closedReason('2026-05-21', 'ann')).toEqual({ kind: 'weekend' });
    expect(cal.closedReason('2026-05-20', 'ann')).toBeUndefined();
  });
});

describe('working days: counted in the office time zone, stored in UTC', () => {
  it.each([
    // [calendar, from (UTC), working days, due (local), moved by]
    ['NL', '2026-05-13T08:00:00Z', 1, '2026-05-15 10:00', ['Hemelvaartsdag']], // Wednesday → skips Ascension Thursday
    ['NL', '2025-05-28T08:00:00Z', 2, '2025-06-02 10:00', ['Hemelvaartsdag']], // Wed + 2 → Fri 30, weekend, Mon 2 June
    ['NL', '2024-05-08T08:00:00Z', 1, '2024-05-10 10:00', ['Hemelvaartsdag']],
    ['NL', '2026-05-22T08:00:00Z', 1, '2026-05-26 10:00', ['Tweede pinksterdag']], // Friday → weekend + Whit Monday
    ['NL', '2025-06-06T08:00:00Z', 1, '2025-06-10 10:00', ['Tweede pinksterdag']],
    ['NL', '2024-05-17T08:00:00Z', 1, '2024-05-21 10:00', ['Tweede pinksterdag']],
    ['NL', '2026-04-24T08:00:00Z', 1, '2026-04-28 10:00', ['Koningsdag']], // Friday → Mon 27 April closed
    ['NL', '2026-05-08T08:00:00Z', 5, '2026-05-18 10:00', ['Hemelvaartsdag']], // Fri + 5: 11, 12, 13, (14 closed), 15, 18
    ['NL', '2026-03-27T09:00:00Z', 1, '2026-03-30 10:00', []], // Friday, over the spring DST change: same local time
    ['NL', '2026-10-23T08:00:00Z', 1, '2026-10-26 10:00', []], // over the autumn DST change
    ['NL', '2026-12-24T08:00:00Z', 1, '2026-12-28 09:00', ['Kerstmis']], // Christmas Friday; 26th is a Saturday anyway
    ['NL', '2026-12-31T15:00:00Z', 1, '2027-01-04 16:00', ['Nieuwjaar']], // over the year end
    ['NL', '2026-05-16T10:00:00Z', 1, '2026-05-19 09:00', []], // Saturday: counts from Monday's opening
    ['DE-BY', '2026-06-03T08:00:00Z', 1, '2026-06-05 10:00', ['Fronleichnam']],
    ['DE-BY', '2025-06-18T08:00:00Z', 1, '2025-06-20 10:00', ['Fronleichnam']],
    ['DE-BY', '2024-05-29T08:00:00Z', 1, '2024-05-31 10:00', ['Fronleichnam']],
    ['DE-BY', '2026-05-13T08:00:00Z', 1, '2026-05-15 10:00', ['Christi Himmelfahrt']],
    ['DE-BY', '2026-05-22T08:00:00Z', 1, '2026-05-26 10:00', ['Pfingstmontag']],
    ['DE-BY', '2026-01-05T08:00:00Z', 1, '2026-01-07 09:00', ['Heilige Drei Könige']],
  ] as const)('%s %s + %i working days → %s', (calName, from, n, due, movedBy) => {
    const tz = calName === 'NL' ? 'Europe/Amsterdam' : 'Europe/Berlin';
    const planned = addWorkingDays(calName === 'NL' ? nl : by, from, n);
    expect(local(planned.at, tz)).toBe(due);
    expect(planned.movedBy ?? []).toEqual(movedBy);
  });

  it('keeps the local time across DST: 10:00 in winter is 09:00 UTC, in summer 08:00 UTC', () => {
    expect(addWorkingDays(nl, '2026-03-27T09:00:00Z', 1).at).toBe('2026-03-30T08:00:00.000Z');
    expect(addWorkingDays(nl, '2026-10-23T08:00:00Z', 1).at).toBe('2026-10-26T09:00:00.000Z');
  });

  it('a part-timer counts only the days they work', () => {
    const cal = buildOfficeCalendar(OfficeCalendarSettings.parse({ userWorkingDays: { ann: [1, 2, 3] } }));
    expect(local(addWorkingDays(cal, '2026-06-03T08:00:00Z', 1, 'ann').at)).toBe('2026-06-08 10:00');
  });

  it('a moment on a closed day moves to the next working day, and says why', () => {
    expect(moveToWorkingDay(nl, '2026-05-14T08:00:00Z')).toEqual({
      at: '2026-05-15T08:00:00.000Z',
      movedBy: ['Hemelvaartsdag'],
    });
    expect(moveToWorkingDay(nl, '2026-05-16T08:00:00Z')).toEqual({
      at: '2026-05-18T08:00:00.000Z',
      movedBy: ['weekend'],
    });
    expect(moveToWorkingDay(nl, '2026-05-18T08:00:00Z')).toEqual({ at: '2026-05-18T08:00:00.000Z' });
  });

  it('local time ↔ UTC around DST (a time in the spring gap is the moment after it)', () => {
    expect(fromLocal('2026-03-29', 2.5 * 3_600_000, 'Europe/Amsterdam')).toBe('2026-03-29T01:30:00.000Z');
    expect(fromLocal('2026-03-29', 3.5 * 3_600_000, 'Europe/Amsterdam')).toBe('2026-03-29T01:30:00.000Z');
    expect(fromLocal('2026-10-25', 12 * 3_600_000, 'Europe/Amsterdam')).toBe('2026-10-25T11:00:00.000Z');
    expect(fromLocal('2026-07-01', 0, 'Europe/Amsterdam')).toBe('2026-06-30T22:00:00.000Z');
  });

  it('lists the coming holidays and closing days of a region for the Settings card', () => {
    const days = comingDays(
      { country: 'DE', region: 'BY', closingDays: [{ date: '2026-12-24', name: 'Heiligabend' }] },
      '2026-11-27',
      undefined,
      60,
    );
    expect(days).toEqual([
      { date: '2026-12-24', name: 'Heiligabend', kind: 'closed' },
      { date: '2026-12-25', name: '1. Weihnachtstag', kind: 'holiday' },
      { date: '2026-12-26', name: '2. Weihnachtstag', kind: 'holiday' },
      { date: '2027-01-01', name: 'Neujahr', kind: 'holiday' },
      { date: '2027-01-06', name: 'Heilige Drei Könige', kind: 'holiday' },
    ]);
  });

  it('names the holidays in the language asked for (the UI’s), where date-holidays has it', () => {
    const inGerman = comingDays({ country: 'NL', closingDays: [] }, '2026-12-20', 'de', 10).map((d) => d.name);
    const inDutch = comingDays({ country: 'NL', closingDays: [] }, '2026-12-20', 'nl', 10).map((d) => d.name);
    expect(inDutch).toEqual(['Kerstmis', 'Tweede kerstdag']);
    expect(inGerman).toHaveLength(2);
    expect(inGerman).not.toEqual(inDutch);
    expect(
      comingDays({ country: 'DE', region: 'BY', closingDays: [] }, '2026-12-31', 'nl', 7).map((d) => d.name),
    ).toEqual(['Nieuwjaar', 'Driekoningen']);
  });

  it('refuses a calendar without working days, an unknown time zone, Germany without a Bundesland', () => {
    expect(OfficeCalendarSettings.safeParse({ workingDays: [] }).success).toBe(false);
    expect(OfficeCalendarSettings.safeParse({ timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(OfficeCalendarSettings.safeParse({ country: 'DE' }).success).toBe(false);
    expect(OfficeCalendarSettings.safeParse({ hours: { start: '17:00', end: '09:00' } }).success).toBe(false);
  });
});

describe('working days in the pure engine and the record triggers (calendar passed in)', () => {
  it('a record trigger delayed by 2 working days and a reminder after 1 more skip Koningsdag and the weekend', async () => {
    const { planTimers } = await import('@shared/records/triggers');
    const record = {
      id: 'deal-1',
      entity: 'deal' as const,
      title: 'Deal',
      fields: { status: 'Nieuw' },
      createdAt: '2026-04-23T08:00:00.000Z',
      updatedAt: '2026-04-23T08:00:00.000Z',
    };
    const rule = {
      workflowId: 'wf',
      version: 1,
      trigger: {
        type: 'record' as const,
        entity: 'deal' as const,
        event: 'created' as const,
        delay: { amount: 2, unit: 'workingDays' as const },
        reminder: { amount: 1, unit: 'workingDays' as const },
      },
    };
    const plan = planTimers(rule, null, record, '2026-04-23T08:00:00.000Z', nl); // Thursday 10:00
    expect(plan.arm.map((t) => [t.kind, local(t.at), t.movedBy])).toEqual([
      ['delayed', '2026-04-28 10:00', ['Koningsdag']], // Fri 24, (weekend, Mon 27 Koningsdag), Tue 28
      ['reminder', '2026-04-29 10:00', undefined],
    ]);
  });

  it('the engine step: a wait of 1 working day over Whit Monday keeps the reason; calendar days stay calendar days', async () => {
    const { step } = await import('@shared/engine');
    const graph = {
      nodes: [
        { id: 's', kind: 'start', position: { x: 0, y: 0 }, trigger: { type: 'itemSubmitted' } },
        {
          id: 'w',
          kind: 'wait',
          position: { x: 0, y: 100 },
          title: 'Wachten',
          until: { type: 'duration', amount: 1, unit: 'workingDays' },
        },
        { id: 'e', kind: 'end', position: { x: 0, y: 200 } },
      ],
      edges: [
        { id: '1', source: 's', target: 'w' },
        { id: '2', source: 'w', target: 'e' },
      ],
    } as never;
    const item = {
      id: 'i1',
      number: 1,
      workflowId: 'wf',
      version: 1,
      itemTypeId: 't',
      subject: 'x',
      fields: {},
      submitterUserId: 'u',
      createdAt: '2026-05-22T08:00:00.000Z',
    } as never;
    const { state } = step(null, { type: 'submit', item }, graph, '2026-05-22T08:00:00.000Z', nl);
    expect(state.waits).toEqual([{ nodeId: 'w', until: '2026-05-26T08:00:00.000Z', movedBy: ['Tweede pinksterdag'] }]);
  });
});
