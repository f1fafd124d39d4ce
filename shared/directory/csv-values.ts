/** Yes and no as offices' spreadsheets write them, in Dutch, German and English (Excel's WAAR/WAHR too). */
const YES = new Set(['true', 'yes', 'y', 'ja', 'j', '1', 'x', 'waar', 'wahr']);
const NO = new Set(['false', 'no', 'n', 'nee', 'nein', '0', 'onwaar', 'falsch']);

/** A yes/no cell, or undefined when it is neither. */
export function yesNo(cell: string): boolean | undefined {
  const v = cell.trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether year-month-day is a day of the calendar (30 February is not). */
function exists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

/**
 * A date cell as YYYY-MM-DD: 26-11-2026, 26.11.2026 and 26/11/2026 (day first, as in the
 * Netherlands and Germany; a two-digit year is 20xx) or 2026-11-26. Undefined when it is no date.
 */
export function dayOf(cell: string): string | undefined {
  const v = cell.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})$/.exec(v);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dmy
      ? [Number(dmy[3]!.length === 2 ? `20${dmy[3]}` : dmy[3]), Number(dmy[2]), Number(dmy[1])]
      : [0, 0, 0];
  if (!exists(year, month, day)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}
