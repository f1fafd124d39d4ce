import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './search-picker.css';

export interface PickerOption {
  id: string;
  label: string;
  /** Shown small beside the label and searched too (an e-mail address, a role). */
  hint?: string;
}

interface Props {
  options: readonly PickerOption[];
  value: readonly string[];
  onChange(ids: string[]): void;
  /** The accessible name of the search box. */
  label: string;
  id?: string;
}

/**
 * Choose several of a long list: type to filter, arrows to move, Enter to add, Escape to close;
 * the chosen ones show as chips with a remove button (Backspace in the empty box removes the last).
 */
export function SearchPicker({ options, value, onChange, label, id }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const chosen = value.map((v) => options.find((o) => o.id === v) ?? { id: v, label: v });
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return options.filter((o) => !value.includes(o.id) && `${o.label} ${o.hint ?? ''}`.toLocaleLowerCase().includes(q));
  }, [options, query, value]);
  const add = (o: PickerOption) => {
    onChange([...value, o.id]);
    setQuery('');
    setActive(0);
  };
  const keys = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const by = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (matches.length ? (a + by + matches.length) % matches.length : 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const pick = open ? matches[active] : undefined;
      if (pick) add(pick);
      else setOpen(true);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    } else if (e.key === 'Backspace' && query === '' && value.length) {
      onChange(value.slice(0, -1));
    }
  };
  const shown = open && matches.length > 0;
  return (
    <div className="search-picker">
      {chosen.length > 0 && (
        <ul className="picker-chips" aria-label={label}>
          {chosen.map((o) => (
            <li key={o.id} className="picker-chip">
              {o.label}
              <button
                type="button"
                aria-label={t('picker.remove', { name: o.label })}
                onClick={() => onChange(value.filter((v) => v !== o.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown ? `${listId}-${active}` : undefined}
        placeholder={t('picker.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={keys}
      />
      {open && query.trim() !== '' && matches.length === 0 && <p className="picker-none">{t('picker.none')}</p>}
      {shown && (
        <ul id={listId} role="listbox" className="picker-list" aria-label={label}>
          {matches.map((o, i) => (
            <li
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // Before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                add(o);
              }}
            >
              {o.label}
              {o.hint && <span className="picker-hint">{o.hint}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
