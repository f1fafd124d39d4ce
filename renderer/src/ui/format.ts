import { useTranslation } from 'react-i18next';
import { formatInstant } from '@shared/fields/locale-number';

/** How an instant is shown unless a screen asks otherwise: "25 nov 2026, 14:30" in nl. */
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/**
 * An instant (ISO text) in the UI language — never the browser's own locale — and local time; a
 * text that is no instant is shown as it is.
 */
export const formatDateTime = (
  iso: string,
  language: string,
  options: Intl.DateTimeFormatOptions = DATE_TIME,
): string => formatInstant(iso, language, options) ?? iso;

/** A number in the UI language: "1.234,5" in nl and de, "1,234.5" in en. */
export const formatNumber = (n: number, language: string, options?: Intl.NumberFormatOptions): string =>
  n.toLocaleString(language, options);

/** The formatters above, bound to the UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    dateTime: (iso: string, options?: Intl.DateTimeFormatOptions) => formatDateTime(iso, language, options),
    number: (n: number, options?: Intl.NumberFormatOptions) => formatNumber(n, language, options),
  };
}
