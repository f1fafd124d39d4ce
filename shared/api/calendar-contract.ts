import { z } from 'zod';
import {
  CalendarDay,
  GERMAN_STATES,
  HolidayCountry,
  OfficeCalendarSettings,
  OfficeCalendarView,
} from '../model/office-calendar';
import { method } from './method';

/** Settings → Office calendar (issue 16): what counts as a working day. Changing it is for administrators. */
export const calendarContract = {
  'officeCalendar.get': method(z.object({}).strict(), OfficeCalendarView),
  /** The whole calendar is replaced (it is one card); refused as a whole when any part is wrong. */
  'officeCalendar.update': method(OfficeCalendarSettings, OfficeCalendarView),
  /** The coming public holidays of a country/region, to show before it is saved. */
  'officeCalendar.holidays': method(
    z.object({ country: HolidayCountry, region: z.enum(GERMAN_STATES).optional() }).strict(),
    z.array(CalendarDay),
  ),
};
