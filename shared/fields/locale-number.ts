import type { Language } from '../model/common';
import { dateIssue } from './field-issues';

/** Why typed text is not a number, a sum of money or a date in the UI language (the renderer words it). */
export type LocaleProblem = 'notNumber' | 'separators' | 'tooManyDecimals' | 'notDate' | 'noSuchDate';
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: LocaleProblem };

/** The decimal and the thousands separator of a UI language. */
export const separatorsOf = (lang: Language): { decimal: string; group: string } =>
  lang === 'en' ? { decimal: '.', group: ',' } : { decimal: ',', group: '.' };

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE' };
/**
 * The locale a UI language writes numbers and dates with. British English for en ("26 Nov 2026",
 * day before month): the app is for Dutch and German offices, whose readers of English expect
 * the day first, as in their own languages.
 */
export const localeOf = (lang: Language): string => LOCALES[lang];
/** A UI language's locale (see localeOf); any other text is taken as a locale itself. */
const localeFor = (languageOrLocale: string): string =>
  Object.hasOwn(LOCALES, languageOrLocale) ? LOCALES[languageOrLocale as Language] : languageOrLocale;
const escape = (s: string) => s.replace(/[.]/g, '\\.');

/**
 * A number as typed in the UI language: nl/de "6.250,50" and en "6,250.50" are 6250.5; a euro sign
 * and spaces may surround it. Thousands separators must group by three ("6.25" in Dutch is refused,
 * not read as 625), a decimal separator comes once and last; anything else is refused, never guessed.
 */
export function parseLocaleNumber(text: string, lang: Language, maxDecimals?: number): Parsed<number> {
  const { decimal, group } = separatorsOf(lang);
  const bare = text.replace(/[\s\u00a0\u202f€]/g, '');
  const sign = /^[-−]/.test(bare) ? -1 : 1;
  const body = bare.replace(/^[-−+]/, '');
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return { ok: false, problem: 'notNumber' };
  const [d, g] = [escape(decimal), escape(group)];
  const wellFormed = new RegExp(`^(?:\\d+|\\d{1,3}(?:${g}\\d{3})+)(?:${d}\\d+)?$|^${d}\\d+$`);
  if (!wellFormed.test(body)) return { ok: false, problem: 'separators' };
  const [whole = '', fraction = ''] = body.split(decimal);
  if (maxDecimals !== undefined && fraction.length > maxDecimals) return { ok: false, problem: 'tooManyDecimals' };
  const value = sign * Number(`${whole.split(group).join('') || '0'}.${fraction || '0'}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'notNumber' };
}

/** A sum of euros as typed: a number with at most two decimals. */
export const parseLocaleMoney = (text: string, lang: Language): Parsed<number> => parseLocaleNumber(text, lang, 2);

/** A number written in the UI language ("6.250,5" in Dutch), for showing or editing. */
export const formatLocaleNumber = (value: number, lang: Language): string =>
  new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 10 }).format(value);

/** An amount of euros as the UI language writes it: "€ 6.250,50" (nl), "6.250,50 €" (de), "€6,250.50" (en). */
export const formatMoney = (value: number, lang: Language): string =>
  new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR' }).format(value);

/** An amount as its input holds it for editing: "6.250,50" (nl/de), "6,250.50" (en). */
export const formatMoneyInput = (value: number, lang: Language): string =>
  new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

const DAY_MONTH_YEAR = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/;

/**
 * A date as typed: 2026-11-26 in every language, and in nl/de also 26-11-2026 (or 26.11.2026,
 * 26/11/2026) — day first, as those languages write it. English takes only the unambiguous ISO form.
 * Returns the ISO date; a day that does not exist (30-02-2026) is refused.
 */
export function parseLocaleDate(text: string, lang: Language): Parsed<string> {
  const typed = text.trim();
  const dmy = lang === 'en' ? null : DAY_MONTH_YEAR.exec(typed);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : typed;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return { ok: false, problem: 'notDate' };
  const issue = dateIssue(iso);
  return issue ? { ok: false, problem: 'noSuchDate' } : { ok: true, value: iso };
}

/** An ISO date as the UI language types it: 26-11-2026 (nl), 26.11.2026 (de), 2026-11-26 (en). */
export function formatDateInput(iso: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || lang === 'en') return iso;
  const separator = lang === 'de' ? '.' : '-';
  return [match[3], match[2], match[1]].join(separator);
}

/** An ISO date as the UI language shows it: "26 nov 2026", "26.11.2026", "26 Nov 2026". */
export function formatLocaleDate(iso: string, lang: Language): string {
  return formatDay(iso, LOCALES[lang], { dateStyle: 'medium' }) ?? iso;
}

/*
 * The one place dates and instants are written out for people (the renderer's screens, item
 * fields, message templates); each caller names its UI language (or a locale) and how much of the
 * date it shows. A UI language is written in its locale (localeOf), so English dates are British
 * on every screen, in item fields and in templates alike.
 */

/**
 * A calendar day 'YYYY-MM-DD' written out in `locale` (or a UI language's), the same day in every
 * time zone ("do 14 mei 2026" with a weekday asked for); null when `day` is no such text or no date.
 */
export function formatDay(day: string, locale: string, options: Intl.DateTimeFormatOptions): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? null
    : new Intl.DateTimeFormat(localeFor(locale), { ...options, timeZone: 'UTC' }).format(date);
}

/**
 * An instant (ISO text, epoch milliseconds or a Date) written out in `locale` (or a UI
 * language's) and local time; null when it is no instant.
 */
export function formatInstant(
  value: string | number | Date,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): string | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toLocaleString(localeFor(locale), options);
}
