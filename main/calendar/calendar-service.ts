import type { Clock } from '../clock';
import type { Store } from '../store/store';
import type { OfficeCalendar } from '@shared/calendar/office-calendar';
import { toLocal } from '@shared/calendar/office-calendar';
import type { CalendarDay, OfficeCalendarSettings, OfficeCalendarView } from '@shared/model/office-calendar';
import { comingDays, officeCalendarOf } from './office-calendar';

export interface CalendarService {
  get(): OfficeCalendarView;
  update(settings: OfficeCalendarSettings): Promise<OfficeCalendarView>;
  holidays(country: OfficeCalendarSettings['country'], region?: OfficeCalendarSettings['region']): CalendarDay[];
  /** The calendar the engine and the record triggers count with (rebuilt when the settings change). */
  calendar(): OfficeCalendar;
}

/** Settings → Office calendar, and the OfficeCalendar built from it for the engine. */
export function createCalendarService(store: Store, clock: Clock): CalendarService {
  const settings = () => store.data.settings.officeCalendar;
  const today = () => toLocal(clock.now().toISOString(), settings().timeZone).date;
  const language = () => store.data.settings.language;
  const view = (): OfficeCalendarView => ({
    settings: settings(),
    coming: comingDays(settings(), today(), language()),
  });
  return {
    get: view,
    async update(next) {
      await store.update((data) => {
        data.settings = { ...data.settings, officeCalendar: next };
      });
      return view();
    },
    holidays: (country, region) => comingDays({ country, region, closingDays: [] }, today(), language()),
    calendar: () => officeCalendarOf(settings()),
  };
}
