import { describe, expect, it } from 'vitest';
import {
  formatDateInput,
  formatDay,
  formatInstant,
  formatLocaleDate,
  formatLocaleNumber,
  formatMoney,
  formatMoneyInput,
  localeOf,
  parseLocaleDate,
  parseLocaleMoney,
  parseLocaleNumber,
} from '@shared/fields/locale-number';

describe('numbers typed in the UI language', () => {
  it.each([
    ['nl', '6.250,50', 6250.5],
    ['de', '6.250,50', 6250.5],
    ['en', '6,250.50', 6250.5],
    ['nl', '6250,5', 6250.5],
    ['nl', '€ 6.250,50', 6250.5],
    ['de', '1.234.567', 1234567],
    ['en', '-12.5', -12.5],
    ['nl', ',5', 0.5],
  ] as const)('%s reads "%s" as %d', (lang, text, value) => {
    expect(parseLocaleNumber(text, lang)).toEqual({ ok: true, value });
  });

  it.each([
    ['nl', '6,250.50', 'separators'],
    ['de', '6.25', 'separators'],
    ['nl', '6.250.50', 'separators'],
    ['nl', '1,2,3', 'separators'],
    ['en', '6.250,50', 'separators'],
    ['en', '6,25', 'separators'],
    ['nl', '12 euro', 'notNumber'],
    ['nl', '', 'notNumber'],
    ['nl', '1e5', 'notNumber'],
  ] as const)('%s refuses "%s" (%s), never a silent 625050', (lang, text, problem) => {
    expect(parseLocaleNumber(text, lang)).toEqual({ ok: false, problem });
  });

  it('refuses money with more than two decimals', () => {
    expect(parseLocaleMoney('6.250,505', 'nl')).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(parseLocaleMoney('6.250,50', 'nl')).toEqual({ ok: true, value: 6250.5 });
  });

  it('writes numbers and money in the UI language', () => {
    expect(formatLocaleNumber(6250.5, 'nl')).toBe('6.250,5');
    expect(formatLocaleNumber(6250.5, 'en')).toBe('6,250.5');
    expect(formatMoney(6250.5, 'nl')).toBe('€\u00a06.250,50');
    expect(formatMoney(6250.5, 'de')).toBe('6.250,50\u00a0€');
    expect(formatMoney(6250.5, 'en')).toBe('€6,250.50');
    expect(formatMoneyInput(6250.5, 'de')).toBe('6.250,50');
    // What is written is read back the same.
    for (const lang of ['nl', 'en', 'de'] as const) {
      expect(parseLocaleMoney(formatMoneyInput(1234567.89, lang), lang)).toEqual({ ok: true, value: 1234567.89 });
    }
  });
});

describe('dates typed in the UI language', () => {
  it('takes 26-11-2026 in nl and de, and ISO everywhere', () => {
    expect(parseLocaleDate('26-11-2026', 'nl')).toEqual({ ok: true, value: '2026-11-26' });
    expect(parseLocaleDate('26.11.2026', 'de')).toEqual({ ok: true, value: '2026-11-26' });
    expect(parseLocaleDate('1-2-2026', 'nl')).toEqual({ ok: true, value: '2026-02-01' });
    expect(parseLocaleDate('2026-11-26', 'en')).toEqual({ ok: true, value: '2026-11-26' });
    expect(parseLocaleDate('2026-11-26', 'nl')).toEqual({ ok: true, value: '2026-11-26' });
  });

  it('refuses a day that does not exist, and day-first dates in English (month first is as likely)', () => {
    expect(parseLocaleDate('30-02-2026', 'nl')).toEqual({ ok: false, problem: 'noSuchDate' });
    expect(parseLocaleDate('11/12/2026', 'en')).toEqual({ ok: false, problem: 'notDate' });
    expect(parseLocaleDate('morgen', 'nl')).toEqual({ ok: false, problem: 'notDate' });
    expect(formatDateInput('2026-11-26', 'nl')).toBe('26-11-2026');
    expect(formatDateInput('2026-11-26', 'en')).toBe('2026-11-26');
    expect(formatDateInput('2026-11-26', 'de')).toBe('26.11.2026');
  });
});

describe('dates and instants written out (the one formatter of the renderer and the templates)', () => {
  it('writes a calendar day as that day in every time zone, and says when it is none', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Auckland', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        expect(
          formatDay('2026-05-14', 'nl', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }),
        ).toBe('do 14 mei 2026');
        expect(formatLocaleDate('2026-11-26', 'en')).toBe('26 Nov 2026');
      }
    } finally {
      process.env.TZ = zone;
    }
    expect(formatDay('2026-13-01', 'nl', { dateStyle: 'medium' })).toBeNull();
    expect(formatDay('morgen', 'nl', { dateStyle: 'medium' })).toBeNull();
    expect(formatLocaleDate('morgen', 'nl')).toBe('morgen');
  });

  it('writes an instant in the locale asked for, and says when it is none', () => {
    const at = '2026-11-26T13:30:00Z';
    expect(formatInstant(at, 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' })).toBe('26 november 2026');
    expect(formatInstant(Date.parse(at), 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' })).toBe('26 Nov 2026');
    expect(formatInstant('later', 'nl-NL', { dateStyle: 'long' })).toBeNull();
  });

  it('writes British English whether asked by UI language (screens) or locale (fields, templates)', () => {
    const at = '2026-11-26T13:30:00Z';
    const medium = { dateStyle: 'medium', timeZone: 'UTC' } as const;
    // The renderer's screens pass the UI language ("en"), item fields and templates its locale
    // (localeOf): the same text.
    expect(formatInstant(at, 'en', medium)).toBe(formatInstant(at, localeOf('en'), medium));
    expect(formatInstant(at, 'en', medium)).toBe('26 Nov 2026');
    expect(formatInstant(at, 'en', { dateStyle: 'short', timeZone: 'UTC' })).toBe('26/11/2026');
    expect(formatDay('2026-11-26', 'en', { dateStyle: 'medium' })).toBe(formatLocaleDate('2026-11-26', 'en'));
    for (const lang of ['nl', 'de'] as const)
      expect(formatInstant(at, lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })).toBe(
        formatInstant(at, localeOf(lang), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }),
      );
    // A locale asked for by name stays that locale.
    expect(formatInstant(at, 'en-US', medium)).toBe('Nov 26, 2026');
  });
});
