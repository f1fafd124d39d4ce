/**
 * The office's calendar as the engine and the record triggers see it: pure (no library, no clock).
 * main builds one from Settings and the public holidays (date-holidays) and passes it in.
 * Dates are the office's local dates, 'YYYY-MM-DD'; moments are ISO times in UTC.
 */
/** `dayOff`: the holiday or closing day falls on a day not worked anyway (it moves nothing). */
export type ClosedReason =
  | { kind: 'weekend' }
  | { kind: 'holiday'; name: string; dayOff?: true }
  | { kind: 'closed'; name: string; dayOff?: true };

export interface OfficeCalendar {
  /** IANA time zone the office counts its days in. */
  readonly timeZone: string;
  /** When the office opens, minutes after local midnight. */
  readonly opensAt: number;
  /** Why the office (or this user, a part-timer) does not work on that local date; undefined on a working day. */
  closedReason(date: string, userId?: string): ClosedReason | undefined;
}

export const isWorkingDay = (cal: OfficeCalendar, date: string, userId?: string): boolean =>
  cal.closedReason(date, userId) === undefined;

/** The words for a reason ("Hemelvaartsdag"; 'weekend'; a closing day's name or 'closed'). */
export const reasonWord = (r: ClosedReason): string => (r.kind === 'weekend' ? 'weekend' : r.name || r.kind);

const DAY = 86_400_000;

/** The local date and the milliseconds since local midnight of a moment in a time zone. */
export function toLocal(iso: string, timeZone: string): { date: string; ms: number } {
  const t = Date.parse(iso);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const date = `${String(get('year')).padStart(4, '0')}-${String(get('month')).padStart(2, '0')}-${String(get('day')).padStart(2, '0')}`;
  return { date, ms: ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + (((t % 1000) + 1000) % 1000) };
}

/** The UTC moment of a local date and time in a time zone (in a DST gap: the moment after it). */
export function fromLocal(date: string, ms: number, timeZone: string): string {
  const wall = Date.parse(`${date}T00:00:00Z`) + ms;
  const offsetAt = (t: number) => {
    const l = toLocal(new Date(t).toISOString(), timeZone);
    return Date.parse(`${l.date}T00:00:00Z`) + l.ms - t;
  };
  let guess = wall - offsetAt(wall);
  const second = wall - offsetAt(guess);
  if (second !== guess) guess = Math.max(guess, second);
  return new Date(guess).toISOString();
}

export const addDays = (date: string, n: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

/** A computed moment, and the closed days (not weekends) that moved it, in order. */
export interface Planned {
  at: string;
  movedBy?: string[];
}

const collect = (movedBy: string[], r: ClosedReason) => {
  if (r.kind !== 'weekend' && !r.dayOff && !movedBy.includes(reasonWord(r))) movedBy.push(reasonWord(r));
};
const done = (at: string, movedBy: string[]): Planned => (movedBy.length ? { at, movedBy } : { at });

/**
 * `n` working days after `from`, at the same local time of day. A start on a closed day counts from
 * the opening of the next working day. Holidays and closing days skipped on the way are the reason kept.
 */
export function addWorkingDays(cal: OfficeCalendar, from: string, n: number, userId?: string): Planned {
  const movedBy: string[] = [];
  let { date, ms } = toLocal(from, cal.timeZone);
  const startReason = cal.closedReason(date, userId);
  if (startReason) {
    collect(movedBy, startReason);
    date = nextWorkingDay(cal, date, userId, movedBy);
    ms = cal.opensAt;
  }
  for (let counted = 0; counted < n;) {
    date = addDays(date, 1);
    const reason = cal.closedReason(date, userId);
    if (reason) collect(movedBy, reason);
    else counted += 1;
  }
  return done(fromLocal(date, ms, cal.timeZone), movedBy);
}

/** A moment on a closed day moves to the next working day, same local time; else it stays. */
export function moveToWorkingDay(cal: OfficeCalendar, at: string, userId?: string): Planned {
  const { date, ms } = toLocal(at, cal.timeZone);
  const reason = cal.closedReason(date, userId);
  if (!reason) return { at: new Date(at).toISOString() };
  const movedBy: string[] = [];
  collect(movedBy, reason);
  const next = nextWorkingDay(cal, date, userId, movedBy);
  return { at: fromLocal(next, ms, cal.timeZone), movedBy: movedBy.length ? movedBy : [reasonWord(reason)] };
}

/** Ten years of closed days in a row means no working day at all (a calendar that never opens). */
const LIMIT = 3660;

function nextWorkingDay(cal: OfficeCalendar, date: string, userId: string | undefined, movedBy: string[]): string {
  for (let i = 0; i < LIMIT; i += 1) {
    date = addDays(date, 1);
    const reason = cal.closedReason(date, userId);
    if (!reason) return date;
    collect(movedBy, reason);
  }
  throw new Error('the office calendar has no working day');
}

/** A calendar from plain facts: the weekdays worked, per-user weekdays, and the closed dates with their reasons. */
export function simpleCalendar(facts: {
  timeZone: string;
  opensAt?: number;
  workingDays: readonly number[];
  userWorkingDays?: Readonly<Record<string, readonly number[]>>;
  closed: (date: string) => ClosedReason | undefined;
}): OfficeCalendar {
  return {
    timeZone: facts.timeZone,
    opensAt: facts.opensAt ?? 9 * 60 * 60_000,
    closedReason(date, userId) {
      const days = (userId !== undefined ? facts.userWorkingDays?.[userId] : undefined) ?? facts.workingDays;
      const worked = days.includes(weekdayOf(date));
      const closed = facts.closed(date);
      if (closed && closed.kind !== 'weekend') return worked ? closed : { ...closed, dayOff: true };
      return worked ? undefined : { kind: 'weekend' };
    },
  };
}
