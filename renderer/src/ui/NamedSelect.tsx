/** A select over things with an id and a name (templates, item types, users…); `empty`: the label of a first "none/any" option (value ''). */
export function NamedSelect({
  id,
  value,
  options,
  onChange,
  empty,
}: {
  id: string;
  value: string;
  options: readonly { id: string; name: string }[];
  onChange(id: string): void;
  empty?: string;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
