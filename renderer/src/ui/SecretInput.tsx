/**
 * A password or client secret that main/ keeps and never sends back: empty, with a placeholder that
 * says one is kept; typing replaces it, leaving it empty keeps it.
 */
export function SecretInput({
  id,
  label,
  value,
  kept,
  keptText,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  kept: boolean;
  keptText: string;
  onChange(value: string): void;
}) {
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        value={value}
        autoComplete="new-password"
        placeholder={kept ? keptText : ''}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
