import type { TFunction } from 'i18next';
import Papa from 'papaparse';
import { formatDay } from '@shared/fields/locale-number';
import { type AuditDetailKey, type AuditEntry, codedAuditDetails } from '@shared/model/audit';
import { formatDateTime } from '../ui/format';

const coded: ReadonlySet<string> = new Set(codedAuditDetails);

/** A detail's value in words: codes through the audit texts (an unknown code as it is), data as it is. */
function valueText(t: TFunction, key: AuditDetailKey, value: string | number | boolean, language: string): string {
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (key === 'entryKind') return t(`directory.kind.${String(value)}`, { defaultValue: String(value) });
  if (coded.has(key)) return t(`audit.values.${key}.${String(value)}`, { defaultValue: String(value) });
  if (key === 'since' && typeof value === 'string') return whenText(value, language);
  if (key === 'method') return methodText(t, String(value));
  if (key === 'workingDays') return weekdaysText(String(value), language);
  return String(value);
}

/** "1,2,3,4,5" (ISO weekdays) as the language names them: "ma, di, wo, do, vr". */
const weekdaysText = (days: string, language: string): string =>
  days
    .split(',')
    .filter(Boolean)
    // 1 January 2024 was a Monday.
    .map((d) => formatDay(`2024-01-${d.padStart(2, '0')}`, language, { weekday: 'short' }) ?? d)
    .join(', ');

/** A request in words (the area its method belongs to); the method itself is in the export's own column. */
const methodText = (t: TFunction, method: string): string => {
  const area = method.split('.')[0] ?? method;
  return t(`audit.methodAreas.${area}`, { defaultValue: area });
};

/** An entry's details as one line: "version: 3 · rows: 12". */
export function detailsText(t: TFunction, entry: AuditEntry, language: string): string {
  return Object.entries(entry.details ?? {})
    .map(([key, value]) => `${t(`audit.details.${key}`)}: ${valueText(t, key as AuditDetailKey, value, language)}`)
    .join(' · ');
}

/** Who did it, in words: a person, an application's token, nobody signed in (with the login tried), or Stroomlijn. */
export function actorText(t: TFunction, entry: AuditEntry): string {
  const { actor } = entry;
  switch (actor.kind) {
    case 'user':
      return actor.tokenName ? `${actor.name} (${t('audit.viaToken', { name: actor.tokenName })})` : actor.name;
    case 'integration':
      return t('audit.viaToken', { name: actor.name });
    case 'anonymous':
      return actor.name ? `${actor.name} (${t('audit.nobody')})` : t('audit.nobody');
    case 'system':
      return t('audit.system');
    default: {
      const never: never = actor.kind;
      return never;
    }
  }
}

export const fromText = (t: TFunction, from: string): string => (from === 'desktop' ? t('audit.desktop') : from);

/** What a spreadsheet takes for the start of a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

export const whenText = (iso: string, language: string): string =>
  formatDateTime(iso, language, { dateStyle: 'short', timeStyle: 'medium' });

/**
 * The entries as CSV for a spreadsheet in the user's language: `;` between cells (as Excel in
 * nl/de reads it), a byte-order mark so accents survive, the time in ISO (UTC) beside the local
 * one, and cells that start like a formula made harmless.
 */
export function auditCsv(t: TFunction, entries: readonly AuditEntry[], language: string): string {
  const c = (key: string) => t(`audit.columns.${key}`);
  const rows = entries.map((e) => [
    e.at,
    typeof e.details?.method === 'string' ? e.details.method : '',
    whenText(e.at, language),
    actorText(t, e),
    t(`audit.actions.${e.action}`),
    e.target ?? '',
    detailsText(t, e, language),
    fromText(t, e.from),
  ]);
  const header = ['UTC', 'API', c('at'), c('actor'), c('action'), c('target'), c('details'), c('from')];
  // Papa's own `escapeFormulae: true` misses a cell with a line break (its pattern ends in `.*$`).
  return `\uFEFF${Papa.unparse([header, ...rows], { delimiter: ';', escapeFormulae: FORMULA_START, newline: '\r\n' })}`;
}
