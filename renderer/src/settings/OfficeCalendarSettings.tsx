import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@shared/fields/locale-number';
import {
  type CalendarDay,
  GERMAN_STATES,
  HolidayCountry,
  type OfficeCalendarSettings as Calendar,
  type OfficeCalendarView,
} from '@shared/model/office-calendar';
import { useApp } from '../state/context';
import { DateInput } from '../ui/DateInput';
import { ErrorBox } from '../ui/ErrorText';
import './office-calendar.css';
import { useApiCall } from '../ui/use-api-call';

const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;
const ZONES = [
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Berlin',
  'Europe/Vienna',
  'Europe/Zurich',
  'Europe/London',
];

/** A local date 'YYYY-MM-DD' as the user reads it ("do 14 mei 2026"), without time zone shifts. */
const formatDate = (date: string, language: string): string =>
  formatDay(date, language, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }) ?? date;

/** Weekday toggles (Monday first). */
function WeekdayPicker({
  days,
  onChange,
  label,
}: {
  days: number[];
  onChange: (days: number[]) => void;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="segmented cal-week" role="group" aria-label={label}>
      {WEEK.map((d) => (
        <label key={d} className={days.includes(d) ? 'active' : undefined}>
          <input
            type="checkbox"
            checked={days.includes(d)}
            onChange={() => onChange(days.includes(d) ? days.filter((x) => x !== d) : [...days, d].sort())}
          />
          {t(`officeCalendar.weekdays.${d}`)}
        </label>
      ))}
    </div>
  );
}

/**
 * Settings → Office calendar (issue 16): the office's working days and hours, the public holidays
 * of its country/region, extra closing days, part-timers' own days and the time zone; it lists the
 * coming holidays of the chosen region, so the administrator sees what counts.
 */
export function OfficeCalendarSettings() {
  const { t, i18n } = useTranslation();
  const client = useApp((s) => s.client);
  const users = useApp((s) => s.directory.users);
  const [cal, setCal] = useState<Calendar | null>(null);
  const [coming, setComing] = useState<CalendarDay[]>([]);
  const [closing, setClosing] = useState({ date: '', name: '' });
  const [partTimer, setPartTimer] = useState('');
  const [saved, setSaved] = useState(false);
  const { error, setError, run } = useApiCall();
  const show = (view: OfficeCalendarView) => {
    setCal(view.settings);
    setComing(view.coming);
  };
  useEffect(() => {
    client.call('officeCalendar.get').then(show, setError);
  }, [client, setError]);
  const region = cal?.region;
  const country = cal?.country;
  useEffect(() => {
    if (!country || (country === 'DE' && !region)) return;
    client.call('officeCalendar.holidays', { country, ...(region ? { region } : {}) }).then(setComing, setError);
  }, [client, country, region, setError]);
  if (!cal) return error !== null ? <ErrorBox error={error} /> : null;

  const change = (next: Partial<Calendar>) => {
    setSaved(false);
    setCal({ ...cal, ...next });
  };
  const save = async () => {
    setSaved(false);
    await run(async () => {
      show(await client.call('officeCalendar.update', cal));
      setSaved(true);
    });
  };
  const upcoming = [
    ...coming.filter((d) => d.kind === 'holiday'),
    ...cal.closingDays.filter((d) => d.date >= (coming[0]?.date ?? '')).map((d) => ({ ...d, kind: 'closed' as const })),
  ]
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, 12);
  const nameOf = (id: string) => users.find((u) => u.id === id)?.name ?? id;

  return (
    <fieldset className="card cal-card" data-testid="office-calendar-settings">
      <legend>{t('officeCalendar.title')}</legend>
      <p className="muted">{t('officeCalendar.intro')}</p>
      <div className="form-row">
        <span className="label">{t('officeCalendar.workingDays')}</span>
        <WeekdayPicker
          label={t('officeCalendar.workingDays')}
          days={cal.workingDays}
          onChange={(workingDays) => change({ workingDays })}
        />
      </div>
      <div className="cal-pair">
        <div className="form-row">
          <label htmlFor="cal-opens">{t('officeCalendar.opens')}</label>
          <input
            id="cal-opens"
            type="time"
            value={cal.hours.start}
            onChange={(e) => change({ hours: { ...cal.hours, start: e.target.value } })}
          />
        </div>
        <div className="form-row">
          <label htmlFor="cal-closes">{t('officeCalendar.closes')}</label>
          <input
            id="cal-closes"
            type="time"
            value={cal.hours.end}
            onChange={(e) => change({ hours: { ...cal.hours, end: e.target.value } })}
          />
        </div>
      </div>
      <p className="muted">{t('officeCalendar.hoursHint')}</p>
      <div className="cal-pair">
        <div className="form-row">
          <label htmlFor="cal-country">{t('officeCalendar.country')}</label>
          <select
            id="cal-country"
            value={cal.country}
            onChange={(e) => {
              const next = e.target.value as Calendar['country'];
              const { region: _region, ...rest } = cal;
              setSaved(false);
              setCal(next === 'DE' ? { ...rest, country: next, region: 'BY' } : { ...rest, country: next });
            }}
          >
            {HolidayCountry.options.map((c) => (
              <option key={c} value={c}>
                {t(`officeCalendar.countries.${c}`)}
              </option>
            ))}
          </select>
        </div>
        {cal.country === 'DE' && (
          <div className="form-row">
            <label htmlFor="cal-region">{t('officeCalendar.region')}</label>
            <select
              id="cal-region"
              value={cal.region ?? ''}
              onChange={(e) => change({ region: e.target.value as Calendar['region'] })}
            >
              {GERMAN_STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`officeCalendar.states.${s}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="form-row">
        <label htmlFor="cal-zone">{t('officeCalendar.timeZone')}</label>
        <input
          id="cal-zone"
          type="text"
          list="cal-zones"
          value={cal.timeZone}
          onChange={(e) => change({ timeZone: e.target.value })}
        />
        <datalist id="cal-zones">
          {ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <p className="muted">{t('officeCalendar.timeZoneHint')}</p>
      </div>
      <h3 className="cal-head">{t('officeCalendar.coming')}</h3>
      {upcoming.length === 0 ? (
        <p className="muted">{t('officeCalendar.noneComing')}</p>
      ) : (
        <ul className="cal-days" data-testid="coming-holidays">
          {upcoming.map((d) => (
            <li key={`${d.kind}-${d.date}`}>
              <span className="cal-date">{formatDate(d.date, i18n.language)}</span>
              <span>
                {d.name || t('officeCalendar.closed')}{' '}
                <span className="muted">· {t(`officeCalendar.kinds.${d.kind}`)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="cal-head">{t('officeCalendar.closingDays')}</h3>
      <ul className="cal-days">
        {cal.closingDays.map((d) => (
          <li key={d.date}>
            <span className="cal-date">{formatDate(d.date, i18n.language)}</span>
            <span>
              {d.name}{' '}
              <button
                type="button"
                className="link"
                onClick={() => change({ closingDays: cal.closingDays.filter((x) => x.date !== d.date) })}
              >
                {t('officeCalendar.remove')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <div className="cal-pair">
        <DateInput
          ariaLabel={t('officeCalendar.closingDate')}
          value={closing.date}
          onChange={(date) => setClosing({ ...closing, date: date ?? '' })}
        />
        <input
          type="text"
          aria-label={t('officeCalendar.closingName')}
          placeholder={t('officeCalendar.closingName')}
          value={closing.name}
          onChange={(e) => setClosing({ ...closing, name: e.target.value })}
        />
        <button
          type="button"
          disabled={!closing.date}
          onClick={() => {
            change({
              closingDays: [...cal.closingDays.filter((x) => x.date !== closing.date), closing].sort((a, b) =>
                a.date.localeCompare(b.date),
              ),
            });
            setClosing({ date: '', name: '' });
          }}
        >
          {t('officeCalendar.addClosing')}
        </button>
      </div>
      <h3 className="cal-head">{t('officeCalendar.partTime')}</h3>
      <p className="muted">{t('officeCalendar.partTimeHint')}</p>
      {Object.entries(cal.userWorkingDays).map(([userId, days]) => (
        <div className="form-row" key={userId}>
          <span className="label">{nameOf(userId)}</span>
          <div className="cal-pair">
            <WeekdayPicker
              label={nameOf(userId)}
              days={days}
              onChange={(next) => change({ userWorkingDays: { ...cal.userWorkingDays, [userId]: next } })}
            />
            <button
              type="button"
              className="link"
              onClick={() => {
                const { [userId]: _gone, ...rest } = cal.userWorkingDays;
                change({ userWorkingDays: rest });
              }}
            >
              {t('officeCalendar.remove')}
            </button>
          </div>
        </div>
      ))}
      <div className="cal-pair">
        <select
          aria-label={t('officeCalendar.pickUser')}
          value={partTimer}
          onChange={(e) => setPartTimer(e.target.value)}
        >
          <option value="">{t('officeCalendar.pickUser')}</option>
          {users
            .filter((u) => !cal.userWorkingDays[u.id])
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </select>
        <button
          type="button"
          disabled={!partTimer}
          onClick={() => {
            change({ userWorkingDays: { ...cal.userWorkingDays, [partTimer]: [...cal.workingDays] } });
            setPartTimer('');
          }}
        >
          {t('officeCalendar.addUser')}
        </button>
      </div>
      {saved && (
        <p className="ok-box" role="status">
          {t('officeCalendar.saved')}
        </p>
      )}
      {error !== null && <ErrorBox error={error} />}
      <button type="button" className="primary" onClick={() => void save()}>
        {t('officeCalendar.save')}
      </button>
    </fieldset>
  );
}
