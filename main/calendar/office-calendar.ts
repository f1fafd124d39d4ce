import { addDays, type ClosedReason, type OfficeCalendar, simpleCalendar } from '@shared/calendar/office-calendar';
import type { CalendarDay, OfficeCalendarSettings } from '@shared/model/office-calendar';
import { holidaysLibrary } from './holidays-library';

/** The public holidays (only those that close offices: type 'public') of a country/region in one year. */
export function publicHolidays(
  country: OfficeCalendarSettings['country'],
  region: string | undefined,
  year: number,
  language?: string,
): Map<string, string> {
  // Belgium: the Dutch names (Stroomlijn speaks Dutch first); elsewhere the country's own language,
  // or the one asked for (Settings lists them in the UI's language; date-holidays falls back when it has none).
  const options = country === 'BE' ? { languages: ['nl'] } : {};
  const Holidays = holidaysLibrary();
  const holidays = region ? new Holidays(country, region, options) : new Holidays(country, options);
  const days = new Map<string, string>();
  for (const h of (language ? holidays.getHolidays(year, language) : holidays.getHolidays(year)) || []) {
    if (h.type !== 'public') continue;
    const date = h.date.slice(0, 10);
    if (!days.has(date)) days.set(date, h.name);
  }
  return days;
}

/** The office calendar of the settings: weekdays, per-user weekdays, public holidays of the region, closing days. */
export function buildOfficeCalendar(settings: OfficeCalendarSettings): OfficeCalendar {
  const years = new Map<number, Map<string, string>>();
  const closing = new Map(settings.closingDays.map((d) => [d.date, d.name]));
  const holiday = (date: string) => {
    const year = Number(date.slice(0, 4));
    let days = years.get(year);
    if (!days) years.set(year, (days = publicHolidays(settings.country, settings.region, year)));
    return days.get(date);
  };
  const [h, m] = settings.hours.start.split(':').map(Number);
  return simpleCalendar({
    timeZone: settings.timeZone,
    opensAt: (h! * 60 + m!) * 60_000,
    workingDays: settings.workingDays,
    userWorkingDays: settings.userWorkingDays,
    closed(date): ClosedReason | undefined {
      const name = holiday(date);
      if (name !== undefined) return { kind: 'holiday', name };
      if (closing.has(date)) return { kind: 'closed', name: closing.get(date) ?? '' };
      return undefined;
    },
  });
}

/** The holidays and closing days from `today` on (`days` ahead): what the Settings card shows so the admin sees what counts. */
export function comingDays(
  settings: Pick<OfficeCalendarSettings, 'country' | 'region' | 'closingDays'>,
  today: string,
  language?: string,
  days = 366,
): CalendarDay[] {
  const until = addDays(today, days);
  const out: CalendarDay[] = [];
  const first = Number(today.slice(0, 4));
  for (let year = first; year <= Number(until.slice(0, 4)); year += 1) {
    for (const [date, name] of publicHolidays(settings.country, settings.region, year, language))
      if (date >= today && date <= until) out.push({ date, name, kind: 'holiday' });
  }
  for (const d of settings.closingDays)
    if (d.date >= today && d.date <= until) out.push({ date: d.date, name: d.name, kind: 'closed' });
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

const built = new WeakMap<OfficeCalendarSettings, OfficeCalendar>();
/** The calendar of these settings, built once per settings object (a change of Settings makes a new one). */
export function officeCalendarOf(settings: OfficeCalendarSettings): OfficeCalendar {
  let calendar = built.get(settings);
  if (!calendar) built.set(settings, (calendar = buildOfficeCalendar(settings)));
  return calendar;
}
