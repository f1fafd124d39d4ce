import { evaluate } from 'feelin';
import { describe, expect, it } from 'vitest';
import { feelAddWorkingDays, momentAfter, workingDaysOf } from '@shared/bpmn/feel-moments';
import { addWorkingDays, simpleCalendar } from '@shared/calendar/office-calendar';

/** Monday to Friday in UTC, no holidays: what Camunda can know of the office calendar. */
const week = simpleCalendar({ timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], closed: () => undefined });
const feelAt = (start: string, n: number) =>
  String(evaluate(feelAddWorkingDays(`date and time("${start}")`, n), {}).value);

describe('working days in a BPMN export (issue 16): FEEL counted as the office calendar counts, without holidays', () => {
  // 23 November 2026 is a Monday: each day of the week as the start, across a month end and a year end.
  const starts = [
    '2026-11-23',
    '2026-11-24',
    '2026-11-25',
    '2026-11-26',
    '2026-11-27',
    '2026-11-28',
    '2026-11-29',
    '2026-12-30',
  ];
  for (const date of starts) {
    it(`from ${date}: 1 to 12 working days land on the day our calendar names`, () => {
      for (let n = 1; n <= 12; n++) {
        const start = `${date}T10:30:00Z`;
        const ours = addWorkingDays(week, start, n).at;
        const camunda = feelAt(start, n);
        // Ours: from a weekend it starts counting at opening time on Monday; FEEL keeps the time of day.
        expect(camunda.slice(0, 10), `${date} + ${n}`).toBe(ours.slice(0, 10));
      }
    });
  }

  it('writes calendar durations from entering as an ISO duration, anything with working days or a date field as FEEL', () => {
    expect(
      momentAfter('entered', [
        { amount: 2, unit: 'days' },
        { amount: 3, unit: 'hours' },
      ]),
    ).toEqual({ duration: 'P2DT3H' });
    expect(momentAfter('entered', [{ amount: 90, unit: 'minutes' }])).toEqual({ duration: 'PT90M' });
    const feel = momentAfter('entered', [{ amount: 5, unit: 'workingDays' }]);
    expect(feel).toEqual({ date: `=${feelAddWorkingDays('now()', 5)}` });
    expect(workingDaysOf((feel as { date: string }).date)).toBe(5);
    const fromField = momentAfter({ field: 'due' }, [{ amount: 3, unit: 'days' }]) as { date: string };
    const at = evaluate(fromField.date.slice(1), { fields: { due: '2026-12-01' } }).value;
    expect(String(at)).toBe('2026-12-04T00:00:00Z');
    expect(workingDaysOf(fromField.date)).toBeUndefined();
  });
});
