import { type ReactNode, useId } from 'react';

/** A labelled row in the property panel. `children` gets the id for its input. */
export function Field({
  label,
  children,
  hint,
}: {
  label: string;
  hint?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="prop-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && <p className="prop-hint">{hint}</p>}
    </div>
  );
}

export function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(value: boolean): void;
}) {
  return (
    <label className="prop-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="prop-section">
      <header>
        <h4>{title}</h4>
        {actions}
      </header>
      {children}
    </section>
  );
}

export interface Option {
  value: string;
  label: string;
}

export const Select = ({
  id,
  value,
  options,
  onChange,
  empty,
}: {
  id?: string;
  value: string;
  options: Option[];
  onChange(v: string): void;
  empty?: string;
}) => (
  <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
    {empty !== undefined && <option value="">{empty}</option>}
    {options.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ))}
  </select>
);

/** A whole number of at least `min`; an empty or bad entry keeps the last good number. */
export const Count = ({
  id,
  value,
  min = 1,
  onChange,
}: {
  id?: string;
  value: number;
  min?: number;
  onChange(v: number): void;
}) => (
  <input
    id={id}
    type="number"
    min={min}
    step={1}
    value={value}
    onChange={(e) => {
      const n = Number.parseInt(e.target.value, 10);
      if (Number.isInteger(n) && n >= min) onChange(n);
    }}
  />
);
