import { z } from 'zod';
import { Id } from './common';

/** Countries whose public holidays the office calendar knows (date-holidays codes). */
export const HolidayCountry = z.enum(['NL', 'DE', 'BE']);
export type HolidayCountry = z.infer<typeof HolidayCountry>;

/** The German Bundesländer (their public holidays differ: Fronleichnam, Allerheiligen, …). */
export const GERMAN_STATES = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;

/** A day of the week as JavaScript counts it: 0 = Sunday … 6 = Saturday. */
export const Weekday = z.number().int().min(0).max(6);
const WeekdaySet = z
  .array(Weekday)
  .min(1, 'needs at least one working day')
  .max(7)
  .refine((days) => new Set(days).size === days.length, 'names a day twice');

export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date (YYYY-MM-DD)')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'is not a date (YYYY-MM-DD)');
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'is not a time (HH:MM)');

/** Whether a time zone name is one this runtime knows (IANA, e.g. Europe/Amsterdam). */
export const isTimeZone = (name: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

export const ClosingDay = z.object({ date: LocalDate, name: z.string().trim().max(100).default('') });
export type ClosingDay = z.infer<typeof ClosingDay>;

/** The office's calendar (issue 16): what counts as a working day, where, and when the office opens. */
export const OfficeCalendarSettings = z
  .object({
    workingDays: WeekdaySet.default([1, 2, 3, 4, 5]),
    hours: z.object({ start: ClockTime, end: ClockTime }).default({ start: '09:00', end: '17:00' }),
    country: HolidayCountry.default('NL'),
    /** A Bundesland for Germany (required there); empty elsewhere. */
    region: z.enum(GERMAN_STATES).optional(),
    closingDays: z.array(ClosingDay).max(366).default([]),
    /** Part-timers: the days of the week a user works, when not the office's. */
    userWorkingDays: z.record(Id, WeekdaySet).default({}),
    timeZone: z
      .string()
      .trim()
      .min(1)
      .refine(isTimeZone, 'is not a known time zone (e.g. Europe/Amsterdam)')
      .default('Europe/Amsterdam'),
  })
  .refine((c) => c.hours.start < c.hours.end, { message: 'closes before it opens', path: ['hours', 'end'] })
  .refine((c) => (c.country === 'DE') === (c.region !== undefined), {
    message: 'a Bundesland is needed for Germany (and only there)',
    path: ['region'],
  })
  .refine((c) => new Set(c.closingDays.map((d) => d.date)).size === c.closingDays.length, {
    message: 'names a date twice',
    path: ['closingDays'],
  });
export type OfficeCalendarSettings = z.infer<typeof OfficeCalendarSettings>;

/** A public holiday or closing day as the Settings card lists it. */
export const CalendarDay = z.object({ date: LocalDate, name: z.string(), kind: z.enum(['holiday', 'closed']) });
export type CalendarDay = z.infer<typeof CalendarDay>;

export const OfficeCalendarView = z.object({ settings: OfficeCalendarSettings, coming: z.array(CalendarDay) });
export type OfficeCalendarView = z.infer<typeof OfficeCalendarView>;
