import type { Duration } from '../model/workflow-nodes';
import { feelField, feelString } from './feel';

/** ISO 8601 duration of a calendar duration (working days have none: see `momentAfter`). */
export const isoDuration = (d: { amount: number; unit: Exclude<Duration['unit'], 'workingDays'> }): string => {
  switch (d.unit) {
    case 'days':
      return `P${d.amount}D`;
    case 'hours':
      return `PT${d.amount}H`;
    case 'minutes':
      return `PT${d.amount}M`;
    default: {
      const never: never = d.unit;
      throw new Error(`unknown unit ${String(never)}`);
    }
  }
};

/** The sum of calendar durations as one ISO 8601 duration ("P3DT2H"). */
export function isoSum(parts: readonly { amount: number; unit: Exclude<Duration['unit'], 'workingDays'> }[]): string {
  const minutes = { days: 0, hours: 0, minutes: 0 };
  for (const p of parts) minutes[p.unit] += p.amount;
  const time = `${minutes.hours ? `${minutes.hours}H` : ''}${minutes.minutes ? `${minutes.minutes}M` : ''}`;
  return `P${minutes.days ? `${minutes.days}D` : time ? '' : '0D'}${time ? `T${time}` : ''}`;
}

/** A date field as a FEEL date and time (now when it holds none), as the engine's waits read it. */
export const feelDateField = (field: string): string => {
  const f = feelField(field);
  return `if ${f} = null or string(${f}) = "" then now() else if string length(string(${f})) = 10 then date and time(string(${f}) + "T00:00:00Z") else date and time(string(${f}))`;
};

const WEEK = '["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]';

/**
 * FEEL for `start` plus `n` working days, Monday to Friday, at the same time of day; from a Saturday or
 * Sunday counting starts on the Monday, as the office calendar counts. Camunda knows no office
 * calendar: public holidays and closing days are not skipped there (the export warns).
 */
export const feelAddWorkingDays = (start: string, n: number): string =>
  `{s: ${start}, w: index of(${WEEK}, day of week(s))[1], d: if w <= 5 then ${n} + 2 * floor((w - 1 + ${n}) / 5) else 8 - w + ${n} + 2 * floor(${n} / 5), at: s + duration("P" + string(d) + "D")}.at`;

/** One step of a moment: a duration after the moment before it. */
export type After = Pick<Duration, 'amount' | 'unit'>;

/**
 * When a timer fires: `after` each in turn, from entering the element (or from a date field). A
 * timer of calendar durations only from entering is an ISO duration; anything else is a FEEL date.
 */
export function momentAfter(
  from: { field: string } | 'entered',
  after: readonly After[],
): { duration: string } | { date: string } {
  const calendar = after.filter(
    (a): a is After & { unit: Exclude<Duration['unit'], 'workingDays'> } => a.unit !== 'workingDays',
  );
  if (from === 'entered' && calendar.length === after.length) return { duration: isoSum(calendar) };
  let at = from === 'entered' ? 'now()' : `(${feelDateField(from.field)})`;
  for (const a of after)
    at =
      a.unit === 'workingDays'
        ? feelAddWorkingDays(at, a.amount)
        : `${at} + duration(${feelString(isoDuration({ amount: a.amount, unit: a.unit }))})`;
  return { date: `=${at}` };
}

/** The working days of a FEEL moment exactly as `momentAfter` writes it from entering, else undefined. */
export function workingDaysOf(feel: string): number | undefined {
  const n = Number(feel.match(/then (\d+) \+ 2 \* floor/)?.[1]);
  return Number.isInteger(n) && n > 0 && feel.trim() === `=${feelAddWorkingDays('now()', n)}` ? n : undefined;
}
