import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateInput, parseLocaleDate } from '@shared/fields/locale-number';
import { useLanguage } from '../forms/field-text';

interface Props {
  /** The date as stored: ISO yyyy-mm-dd, or '' for none. */
  value: string;
  /** Called with the ISO date once the text reads as one, or '' when it is emptied. */
  onChange(iso: string): void;
  /** Names the input (and its error) where no <label> wraps it. */
  ariaLabel?: string;
  id?: string;
}

/**
 * A date typed as the UI language writes it (26-11-2026 in Dutch, 26.11.2026 in German, 2026-11-26 in
 * English) whatever the browser's language — not the browser's date picker, which shows mm/dd/yyyy.
 * Text that is not a date, or a day that does not exist (31-02-2026), is marked and explained and
 * changes nothing: the last good date stays in force until the text reads again.
 */
export function DateInput({ value, onChange, ariaLabel, id }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [text, setText] = useState(() => formatDateInput(value, lang));
  // A date set from outside (a reset, another language) shows as this language writes it.
  useEffect(() => {
    setText((now) => {
      const read = parseLocaleDate(now, lang);
      return (read.ok ? read.value : now.trim() === '' ? '' : null) === value ? now : formatDateInput(value, lang);
    });
  }, [value, lang]);
  const typed = text.trim();
  const read = typed === '' ? null : parseLocaleDate(typed, lang);
  const problem = read && !read.ok ? (read.problem === 'noSuchDate' ? 'noSuchDate' : 'notDate') : null;
  const change = (next: string) => {
    setText(next);
    if (next.trim() === '') return onChange('');
    const parsed = parseLocaleDate(next, lang);
    if (parsed.ok) onChange(parsed.value);
  };
  return (
    <span className="date-input">
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        {...(id ? { id } : {})}
        {...(ariaLabel ? { 'aria-label': ariaLabel } : {})}
        {...(problem ? { 'aria-invalid': true as const } : {})}
        placeholder={t('forms.datePlaceholder')}
        value={text}
        onChange={(e) => change(e.target.value)}
      />
      {problem && (
        <span className="date-input-problem" role="alert">
          {t(`dateInput.${problem}`, { text: typed, example: t('forms.dateExample') })}
        </span>
      )}
    </span>
  );
}
